import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { publicPlansOnly } from "./policy.ts";
import { plansParticipant, plansPlan, plansPlanCpv, plansVersion } from "./tables.ts";

// What the watches module asks of plans when it matches a new plan version against every watch (ADR
// 021): the version's changes (which events it stands for) and the facts a watch's criteria test.

/** The facts of a public plan that watch criteria are matched against. */
export type PlanForWatches = {
  planId: string;
  valueBand: string | null;
  /** The plan's stemmed search vectors (fi, sv, en) in PostgreSQL's text form: cast back with `::tsvector`. */
  searchFi: string;
  searchSv: string;
  searchEn: string;
  /** The plain lower-case text the public search matches words in. */
  searchText: string;
  /** Its main and additional CPV codes. */
  cpvCodes: string[];
  /** Its organisation and its participants, each once. */
  organisationIds: string[];
};

/**
 * The facts of the plan for matching watches, as they are now; null when the plan is not public now
 * (`publicPlansOnly`), so nothing is matched against a draft, an internal or an archived plan.
 * @example const plan = await findPublicPlanForWatches(tx, planId); if (!plan) return 0;
 */
export async function findPublicPlanForWatches(db: DbOrTx, planId: string): Promise<PlanForWatches | null> {
  const [plan] = await db
    .select({
      organisationId: plansPlan.organisationId,
      valueBand: plansPlan.valueBand,
      searchFi: plansPlan.searchFi,
      searchSv: plansPlan.searchSv,
      searchEn: plansPlan.searchEn,
      searchText: plansPlan.searchText,
    })
    .from(plansPlan)
    .where(and(eq(plansPlan.id, planId), publicPlansOnly()));
  if (!plan) return null;
  const [codes, participants] = await Promise.all([
    db.select({ code: plansPlanCpv.cpvCode }).from(plansPlanCpv).where(eq(plansPlanCpv.planId, planId)),
    db
      .select({ id: plansParticipant.organisationId })
      .from(plansParticipant)
      .where(eq(plansParticipant.planId, planId)),
  ]);
  return {
    planId,
    valueBand: plan.valueBand,
    searchFi: plan.searchFi ?? "",
    searchSv: plan.searchSv ?? "",
    searchEn: plan.searchEn ?? "",
    searchText: plan.searchText ?? "",
    cpvCodes: codes.map((row) => row.code),
    organisationIds: [...new Set([plan.organisationId, ...participants.map((row) => row.id)])],
  };
}

/**
 * The field changes (from → to) a version of the plan recorded, for deciding which watch events it stands
 * for; null when there is no such version.
 */
export async function findPlanVersionChanges(
  db: DbOrTx,
  { planId, version }: { planId: string; version: number },
): Promise<Record<string, { from: unknown; to: unknown }> | null> {
  const [row] = await db
    .select({ changes: plansVersion.changes })
    .from(plansVersion)
    .where(and(eq(plansVersion.planId, planId), eq(plansVersion.version, version)));
  return row?.changes ?? null;
}
