import { z } from "zod";

/** A keyset position: updated_at of the last row in microseconds since 1970 and its id. */
export type Cursor = { updatedAt: string; id: string };

/** A position in the OCDS release feed: the plan's change_seq (commit order, ADR 026) and its id. */
export type ReleaseCursor = { seq: string; id: string };

const cursorShape = z.tuple([z.string().regex(/^\d{1,17}$/), z.uuid()]);
// The "seq" tag keeps a release cursor from ever reading as an updated_at one, and the other way round.
const releaseCursorShape = z.tuple([z.literal("seq"), z.string().regex(/^\d{1,19}$/), z.uuid()]);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.updatedAt, cursor.id])).toString("base64url");
}

/** The cursor in a query parameter, or null when it is not one we made. */
export function decodeCursor(value: string): Cursor | null {
  const parsed = cursorShape.safeParse(parseJson(value));
  return parsed.success ? { updatedAt: parsed.data[0], id: parsed.data[1] } : null;
}

export function encodeReleaseCursor(cursor: ReleaseCursor): string {
  return Buffer.from(JSON.stringify(["seq", cursor.seq, cursor.id])).toString("base64url");
}

/** The release cursor in a query parameter, or null when it is not one. */
export function decodeReleaseCursor(value: string): ReleaseCursor | null {
  const parsed = releaseCursorShape.safeParse(parseJson(value));
  return parsed.success ? { seq: parsed.data[1], id: parsed.data[2] } : null;
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
