import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { plansPlan } from "../plans/shared-tables.ts";

export type PlanForCompanies = {
  id: string;
  organisationId: string;
  visibility: string;
  archivedAt: Date | null;
};

/**
 * The few plan fields the interest and partner commands check; null for an unknown or malformed id. No
 * text: what these modules show of a plan is its public headline (`listPublicHeadlines`).
 */
export async function findPlanForCompanies(db: DbOrTx, planId: string): Promise<PlanForCompanies | null> {
  if (!/^[0-9a-f-]{36}$/i.test(planId)) return null;
  const [plan] = await db
    .select({
      id: plansPlan.id,
      organisationId: plansPlan.organisationId,
      visibility: plansPlan.visibility,
      archivedAt: plansPlan.archivedAt,
    })
    .from(plansPlan)
    .where(eq(plansPlan.id, planId));
  return plan ?? null;
}
