import { eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue, type PlanForDialogue } from "../plans/index.server.ts";
import { dialogueDraft, dialogueDraftComment, dialogueDraftSection } from "./draft-tables.ts";
import { canManageDialogue } from "./policy.ts";

// Reading a draft, a section or a comment for the draft commands: first without a lock (may the viewer
// act at all?), then inside the transaction with the draft's row locked.

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export type DraftRow = typeof dialogueDraft.$inferSelect;
export type DraftSectionRow = typeof dialogueDraftSection.$inferSelect;
export type DraftCommentRow = typeof dialogueDraftComment.$inferSelect;

/** The draft, or null for an unknown or malformed id. */
export async function findDraft(db: DbOrTx, draftId: string): Promise<DraftRow | null> {
  if (!isUuid(draftId)) return null;
  const [draft] = await db.select().from(dialogueDraft).where(eq(dialogueDraft.id, draftId));
  return draft ?? null;
}

/**
 * The draft read again inside a transaction with its row locked until the transaction ends: "share"
 * for a comment (many at once), "update" for the buyer's changes, which wait for the comments being
 * written and make later ones wait, so a comment is either saved before the period closes or refused.
 */
export async function lockDraft(
  tx: Tx,
  draftId: string,
  strength: "share" | "update",
): Promise<DraftRow | null> {
  const [draft] = await tx
    .select()
    .from(dialogueDraft)
    .where(eq(dialogueDraft.id, draftId))
    .for(strength === "share" ? "share" : "no key update");
  return draft ?? null;
}

/** A section, or null. */
export async function findDraftSection(db: DbOrTx, sectionId: string): Promise<DraftSectionRow | null> {
  if (!isUuid(sectionId)) return null;
  const [section] = await db
    .select()
    .from(dialogueDraftSection)
    .where(eq(dialogueDraftSection.id, sectionId));
  return section ?? null;
}

/** A comment, or null. */
export async function findDraftComment(db: DbOrTx, commentId: string): Promise<DraftCommentRow | null> {
  if (!isUuid(commentId)) return null;
  const [comment] = await db
    .select()
    .from(dialogueDraftComment)
    .where(eq(dialogueDraftComment.id, commentId));
  return comment ?? null;
}

/** Whether comments are taken now: the period is open and has not ended. */
export function isCommentable(draft: Pick<DraftRow, "state" | "closesAt">, now = new Date()): boolean {
  return draft.state === "open" && now.getTime() <= draft.closesAt.getTime();
}

/**
 * Runs a buyer's change to a draft: the draft must exist and the viewer manage its plan (else not
 * found), decided again inside one transaction with the plan share-locked and the draft's row locked
 * for update. `change` gets the locked rows.
 */
export async function changeDraftAsBuyer<T>(
  services: Pick<Services, "database">,
  viewer: Viewer | null,
  draftId: string,
  change: (tx: Tx, rows: { draft: DraftRow; plan: PlanForDialogue; viewer: Viewer }) => Promise<T>,
): Promise<T> {
  const { db } = services.database;
  const draft = await findDraft(db, draftId);
  const plan = draft ? await findPlanForDialogue(db, draft.planId) : null;
  if (!draft || !plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const current = await lockPlanForDialogue(tx, draft.planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    const locked = await lockDraft(tx, draftId, "update");
    if (!locked) throw new AppError("conflict");
    return change(tx, { draft: locked, plan: current, viewer });
  });
}
