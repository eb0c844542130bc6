import { eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { isUuid } from "./attachment-queries.server.ts";
import { plansPlan } from "./tables.ts";

/** The state of a plan that the interest and partner modules decide on (with `canViewPlan` and their own policy). */
export type PlanForInterest = {
  id: string;
  organisationId: string;
  visibility: string;
  archivedAt: Date | null;
};

const columns = {
  id: plansPlan.id,
  organisationId: plansPlan.organisationId,
  visibility: plansPlan.visibility,
  archivedAt: plansPlan.archivedAt,
};

/**
 * The few plan fields the interest and partner pages check; null for an unknown or malformed id. No
 * text: what these modules show of a plan is its public headline (`listPublicHeadlines`).
 * @example const plan = await findPlanForInterest(db, planId); if (!plan || !canViewPlan(viewer, plan)) …
 */
export async function findPlanForInterest(db: DbOrTx, planId: string): Promise<PlanForInterest | null> {
  if (!isUuid(planId)) return null;
  const [plan] = await db.select(columns).from(plansPlan).where(eq(plansPlan.id, planId));
  return plan ?? null;
}

/**
 * The same, read inside a command's transaction with the plan row share-locked until it commits (ADR
 * 022): a plan command (which locks `for no key update`) cannot pull the plan back or archive it between
 * the command's check and its write, while other companies' commands on the same plan do not wait.
 */
export async function lockPlanForInterest(tx: Tx, planId: string): Promise<PlanForInterest | null> {
  if (!isUuid(planId)) return null;
  const [plan] = await tx.select(columns).from(plansPlan).where(eq(plansPlan.id, planId)).for("share");
  return plan ?? null;
}
