import { eq } from "drizzle-orm";
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
 * The plan's state read inside a dialogue command's transaction with its row share-locked until the
 * transaction ends (ADR 022): a plan command waits, so the plan stays as public and open as the command
 * found it while the question, answer or booking is written. Null for an unknown or malformed id.
 *
 * @example
 * const plan = await lockPlanForDialogue(tx, planId);
 * if (!plan || !isOpenToCompanies(plan)) throw new AppError("conflict");
 */
export async function lockPlanForDialogue(tx: Tx, planId: string): Promise<PlanForDialogue | null> {
  if (!isUuid(planId)) return null;
  const [plan] = await tx.select(stateColumns).from(plansPlan).where(eq(plansPlan.id, planId)).for("share");
  return plan ?? null;
}
