import { asc, eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import type { RfiQuestionKind, RfiState } from "./rfi-schemas.ts";
import { dialogueRfi, dialogueRfiQuestion } from "./rfi-tables.ts";

// Reading a request and its questions for the commands and queries: first without a lock (to check
// the viewer may act at all), then inside the transaction with the request's row locked.

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export type RfiRow = typeof dialogueRfi.$inferSelect;
export type RfiQuestionRow = Omit<typeof dialogueRfiQuestion.$inferSelect, "kind"> & {
  kind: RfiQuestionKind;
};

/** The request, or null for an unknown or malformed id. */
export async function findRfi(db: DbOrTx, rfiId: string): Promise<RfiRow | null> {
  if (!isUuid(rfiId)) return null;
  const [rfi] = await db.select().from(dialogueRfi).where(eq(dialogueRfi.id, rfiId));
  return rfi ?? null;
}

/**
 * The request read again inside a transaction with its row locked until the transaction ends: "share"
 * for a company's response (many at once; the unique constraint decides between members of one company),
 * "update" for the buyer's changes, which wait for the responses being saved and make later ones wait.
 */
export async function lockRfi(tx: Tx, rfiId: string, strength: "share" | "update"): Promise<RfiRow | null> {
  const [rfi] = await tx
    .select()
    .from(dialogueRfi)
    .where(eq(dialogueRfi.id, rfiId))
    .for(strength === "share" ? "share" : "no key update");
  return rfi ?? null;
}

/** The request's questions in order. */
export async function listRfiQuestions(db: DbOrTx, rfiId: string): Promise<RfiQuestionRow[]> {
  const rows = await db
    .select()
    .from(dialogueRfiQuestion)
    .where(eq(dialogueRfiQuestion.rfiId, rfiId))
    .orderBy(asc(dialogueRfiQuestion.position));
  return rows as RfiQuestionRow[];
}

/**
 * The state as people see it: an open request whose period has ended is closed, whether or not the
 * buyer closed it (responses are refused from closes_at on, by the response command itself).
 */
export function rfiStateAt(rfi: Pick<RfiRow, "state" | "closesAt">, now = new Date()): RfiState {
  if (rfi.state === "open" && rfi.closesAt && now.getTime() > rfi.closesAt.getTime()) return "closed";
  return rfi.state as RfiState;
}

/** Whether responses are taken now. */
export function isAnswerable(rfi: Pick<RfiRow, "state" | "closesAt">, now = new Date()): boolean {
  return rfiStateAt(rfi, now) === "open";
}
