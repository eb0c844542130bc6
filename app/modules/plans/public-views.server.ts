import { and, asc, eq, gte, inArray, isNotNull, notInArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { publicPlansOnly } from "./policy.ts";
import { helsinkiToday } from "./public-conditions.server.ts";
import { type PublicPlanSummary, selectPublicPlans, toPublicPlanSummary } from "./public-queries.server.ts";
import { plansPlan } from "./tables.ts";

export type QuarterGroup = { year: number; quarter: number; plans: PublicPlanSummary[] };

const closedStatuses = ["tender-published", "contract-awarded", "cancelled"];
const viewLimit = 1000;

function currentQuarter(today: string): { year: number; quarter: number; slot: number } {
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  return { year, quarter, slot: year * 4 + quarter };
}

function groupByQuarter(
  plans: PublicPlanSummary[],
  quarterOf: (plan: PublicPlanSummary) => { year: number; quarter: number },
): QuarterGroup[] {
  const groups = new Map<string, QuarterGroup>();
  for (const plan of plans) {
    const { year, quarter } = quarterOf(plan);
    const key = `${year}-${quarter}`;
    const group = groups.get(key) ?? { year, quarter, plans: [] };
    group.plans.push(plan);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Upcoming public plans (not yet out to tender) by planned tender quarter, from this quarter on. */
export async function listPublicTimeline({
  db,
  locale,
  today = helsinkiToday(),
}: {
  db: DbOrTx;
  locale: Locale;
  today?: string;
}): Promise<QuarterGroup[]> {
  const rows = await selectPublicPlans(db)
    .where(
      and(
        publicPlansOnly(),
        notInArray(plansPlan.status, closedStatuses),
        isNotNull(plansPlan.tenderQuarter),
        gte(sql`${plansPlan.tenderYear} * 4 + ${plansPlan.tenderQuarter}`, currentQuarter(today).slot),
      ),
    )
    .orderBy(
      asc(plansPlan.tenderYear),
      asc(plansPlan.tenderQuarter),
      asc(plansPlan.tenderMonth),
      asc(plansPlan.id),
    )
    .limit(viewLimit);
  return groupByQuarter(
    rows.map((row) => toPublicPlanSummary(row, locale)),
    (plan) => ({ year: plan.tender.year ?? 0, quarter: plan.tender.quarter ?? 0 }),
  );
}

/** The re-tender forecast: awarded public plans by the quarter their contract ends, from today on. */
export async function listReTenderForecast({
  db,
  locale,
  today = helsinkiToday(),
}: {
  db: DbOrTx;
  locale: Locale;
  today?: string;
}): Promise<QuarterGroup[]> {
  const rows = await selectPublicPlans(db)
    .where(
      and(publicPlansOnly(), eq(plansPlan.status, "contract-awarded"), gte(plansPlan.contractEnd, today)),
    )
    .orderBy(asc(plansPlan.contractEnd), asc(plansPlan.id))
    .limit(viewLimit);
  return groupByQuarter(
    rows.map((row) => toPublicPlanSummary(row, locale)),
    (plan) => {
      const end = plan.contractEnd ?? "0000-01";
      return { year: Number(end.slice(0, 4)), quarter: Math.ceil(Number(end.slice(5, 7)) / 3) };
    },
  );
}

export type JointCandidate = { cpvGroup: string; first: PublicPlanSummary; second: PublicPlanSummary };

/**
 * Pairs of upcoming public plans of different organisations in the same CPV group (first three digits)
 * whose planned tender quarters are at most two quarters apart: candidates for joint procurement.
 */
export async function listJointCandidates({
  db,
  locale,
  today = helsinkiToday(),
  limit = 200,
}: {
  db: DbOrTx;
  locale: Locale;
  today?: string;
  limit?: number;
}): Promise<JointCandidate[]> {
  const slot = currentQuarter(today).slot;
  const groupsWithSeveral = db
    .select({ group: sql<string>`left(${plansPlan.mainCpv}, 3)` })
    .from(plansPlan)
    .where(
      and(
        publicPlansOnly(),
        notInArray(plansPlan.status, closedStatuses),
        isNotNull(plansPlan.tenderQuarter),
        gte(sql`${plansPlan.tenderYear} * 4 + ${plansPlan.tenderQuarter}`, slot),
      ),
    )
    .groupBy(sql`left(${plansPlan.mainCpv}, 3)`)
    .having(sql`count(distinct ${plansPlan.organisationId}) > 1`);
  const rows = await selectPublicPlans(db)
    .where(
      and(
        publicPlansOnly(),
        notInArray(plansPlan.status, closedStatuses),
        isNotNull(plansPlan.tenderQuarter),
        gte(sql`${plansPlan.tenderYear} * 4 + ${plansPlan.tenderQuarter}`, slot),
        inArray(sql`left(${plansPlan.mainCpv}, 3)`, groupsWithSeveral),
      ),
    )
    .orderBy(
      asc(plansPlan.mainCpv),
      asc(plansPlan.tenderYear),
      asc(plansPlan.tenderQuarter),
      asc(plansPlan.id),
    )
    .limit(viewLimit * 5);
  const plans = rows.map((row) => toPublicPlanSummary(row, locale));
  const slotOf = (plan: PublicPlanSummary) => (plan.tender.year ?? 0) * 4 + (plan.tender.quarter ?? 0);
  const pairs: JointCandidate[] = [];
  for (let i = 0; i < plans.length && pairs.length < limit; i++) {
    const first = plans[i];
    if (!first) continue;
    for (let j = i + 1; j < plans.length && pairs.length < limit; j++) {
      const second = plans[j];
      if (!second || second.mainCpv.code.slice(0, 3) !== first.mainCpv.code.slice(0, 3)) break;
      if (second.organisation.id === first.organisation.id) continue;
      if (Math.abs(slotOf(first) - slotOf(second)) > 2) continue;
      pairs.push({ cpvGroup: first.mainCpv.code.slice(0, 3), first, second });
    }
  }
  return pairs;
}

/** The ids of public plans, newest first (for the sitemap); at most `limit`. */
export async function listPublicPlanIds({
  db,
  limit = 10_000,
}: {
  db: DbOrTx;
  limit?: number;
}): Promise<string[]> {
  const rows = await db
    .select({ id: plansPlan.id })
    .from(plansPlan)
    .where(publicPlansOnly())
    .orderBy(sql`${plansPlan.updatedAt} desc`)
    .limit(limit);
  return rows.map((row) => row.id);
}
