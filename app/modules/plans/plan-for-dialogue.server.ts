import { eq, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { isUuid } from "./attachment-queries.server.ts";
import { plansPlan } from "./tables.ts";

// What the dialogue module (market dialogue: questions and answers, one-to-one meetings, events,
// requests for information) asks of plans. Its pages and e-mails name a plan only by its public headline
// (`listPublicHeadlines`); here it gets the few fields its policy decides on, never a plan's text.

/** A plan as market dialogue sees it: its owner, whether it is public and open, its question deadline. */
export type PlanForDialogue = {
  id: string;
  organisationId: string;
  visibility: string;
  archivedAt: Date | null;
  status: string;
};

const stateColumns = {
  id: plansPlan.id,
  organisationId: plansPlan.organisationId,
  visibility: plansPlan.visibility,
  archivedAt: plansPlan.archivedAt,
  status: plansPlan.status,
};

/**
 * The plan's state for the dialogue pages and commands; null for an unknown or malformed id.
 *
 * @example
 * const plan = await findPlanForDialogue(db, planId);
 * if (!plan || !canViewPlan(viewer, plan)) throw new AppError("not_found");
 */
export async function findPlanForDialogue(db: DbOrTx, planId: string): Promise<PlanForDialogue | null> {
  if (!isUuid(planId)) return null;
  const [plan] = await db.select(stateColumns).from(plansPlan).where(eq(plansPlan.id, planId));
  return plan ?? null;
}

/**
 * The plan's state read inside a dialogue command's transaction with its row locked until the
 * transaction ends (ADR 022): a plan command waits, so the plan stays as public and open as the command
 * found it while the question, answer or booking is written. The lock is FOR NO KEY UPDATE, not FOR
 * SHARE, because a command that publishes writes the row (`markPlanDialogueChanged`): two share-lock
 * holders both upgrading would deadlock, so dialogue commands on one plan take turns instead. Rows
 * that reference the plan (key share) are not held up. Null for an unknown or malformed id.
 *
 * @example
 * const plan = await lockPlanForDialogue(tx, planId);
 * if (!plan || !isOpenToCompanies(plan)) throw new AppError("conflict");
 */
export async function lockPlanForDialogue(tx: Tx, planId: string): Promise<PlanForDialogue | null> {
  if (!isUuid(planId)) return null;
  const [plan] = await tx
    .select(stateColumns)
    .from(plansPlan)
    .where(eq(plansPlan.id, planId))
    .for("no key update");
  return plan ?? null;
}

/**
 * Marks that the plan's market dialogue published something public, inside the command's transaction
 * after `lockPlanForDialogue`: the write stamps the plan's commit order (ADR 026), so the OCDS release
 * feed hands the plan out again with a new release that carries the answer, summary or event. The plan's
 * own `updatedAt` and versions are untouched.
 */
export async function markPlanDialogueChanged(tx: Tx, planId: string): Promise<void> {
  await tx.update(plansPlan).set({ dialogueChangedAt: sql`now()` }).where(eq(plansPlan.id, planId));
}
