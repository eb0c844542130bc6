import { z } from "zod";

/** A keyset position: updated_at of the last row in microseconds since 1970 and its id. */
export type Cursor = { updatedAt: string; id: string };

const cursorShape = z.tuple([z.string().regex(/^\d{1,17}$/), z.uuid()]);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.updatedAt, cursor.id])).toString("base64url");
}

/** The cursor in a query parameter, or null when it is not one we made. */
export function decodeCursor(value: string): Cursor | null {
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { updatedAt: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
