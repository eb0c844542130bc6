import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { plansPlan, plansVersion } from "./tables.ts";

/**
 * Whether the organisation has a plan that was ever public (it has a public version): such plans are
 * public records, harvested as OCDS, and must outlive any wish to close the organisation (ADR 029).
 */
export async function hasPublishedPlan(db: DbOrTx, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ found: sql<number>`1` })
    .from(plansVersion)
    .innerJoin(plansPlan, eq(plansPlan.id, plansVersion.planId))
    .where(eq(plansPlan.organisationId, organisationId))
    .limit(1);
  return row !== undefined;
}
