import { and, asc, count, inArray, notInArray, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { cpvDescendantPrefix, normalizeCpvCode } from "../reference-data/index.ts";
import { refMunicipality } from "../reference-data/shared-tables.ts";
import { publicPlansOnly } from "./policy.ts";
import { type PublicPlanSummary, selectPublicPlans, toPublicPlanSummary } from "./public-queries.server.ts";
import { prepareSearch, searchCondition } from "./public-search.server.ts";
import { plansParticipant, plansPlan, plansPlanCpv } from "./tables.ts";

/** A watch's criteria (any of the codes, any of the places); keywords as the public search reads them. */
export type MatchingCriteria = {
  cpv: string[];
  regions: string[];
  municipalities: string[];
  organisations: string[];
  valueBands: string[];
  keywords: string;
};

/** Finished plans: nothing left for a company to act on. */
const finishedStatuses = ["contract-awarded", "cancelled"];

/**
 * The public plans still open to companies (not awarded or cancelled) that a watch's criteria match
 * today, by planned tender date: the watch's rule (a CPV code or any code under it; the owner's or a
 * participant's organisation, municipality or region; value band; the public search's keywords).
 * For showing a new watch what it would have found, so it does not start from "0 matches".
 * @example await listPublicPlansMatching({ db, locale: "fi", criteria, limit: 10 }) // { total, plans }
 */
export async function listPublicPlansMatching(options: {
  db: DbOrTx;
  locale: Locale;
  criteria: MatchingCriteria;
  limit?: number;
}): Promise<{ total: number; plans: PublicPlanSummary[] }> {
  const { db, locale, criteria } = options;
  const conditions: (SQL | undefined)[] = [publicPlansOnly(), notInArray(plansPlan.status, finishedStatuses)];
  const prefixes = criteria.cpv.flatMap((code) => {
    const normal = normalizeCpvCode(code);
    return normal ? [`${cpvDescendantPrefix(normal)}%`] : [];
  });
  if (prefixes.length > 0)
    conditions.push(
      sql`exists (select 1 from ${plansPlanCpv} where ${plansPlanCpv.planId} = ${plansPlan.id} and ${plansPlanCpv.cpvCode} like any (${sql.param(prefixes)}::text[]))`,
    );
  const { regions, municipalities, organisations } = criteria;
  if (regions.length + municipalities.length + organisations.length > 0) {
    const places = or(
      organisations.length > 0 ? inArray(organisationsOrganisation.id, organisations) : undefined,
      municipalities.length > 0 ? inArray(refMunicipality.code, municipalities) : undefined,
      regions.length > 0 ? inArray(refMunicipality.regionCode, regions) : undefined,
    );
    const placed = sql`(select ${organisationsOrganisation.id} from ${organisationsOrganisation} left join ${refMunicipality} on ${refMunicipality.code} = ${organisationsOrganisation.municipalityCode} where ${places})`;
    conditions.push(
      sql`(${plansPlan.organisationId} in ${placed} or exists (select 1 from ${plansParticipant} where ${plansParticipant.planId} = ${plansPlan.id} and ${plansParticipant.organisationId} in ${placed}))`,
    );
  }
  if (criteria.valueBands.length > 0) conditions.push(inArray(plansPlan.valueBand, criteria.valueBands));
  const search = criteria.keywords ? await prepareSearch(db, criteria.keywords) : undefined;
  if (search) conditions.push(searchCondition(search));
  const where = and(...conditions);
  const [totalRow] = await db.select({ total: count() }).from(plansPlan).where(where);
  const rows = await selectPublicPlans(db)
    .where(where)
    .orderBy(
      sql`${plansPlan.tenderYear} asc nulls last`,
      sql`${plansPlan.tenderQuarter} asc nulls last`,
      asc(plansPlan.id),
    )
    .limit(options.limit ?? 10);
  return { total: totalRow?.total ?? 0, plans: rows.map((row) => toPublicPlanSummary(row, locale)) };
}
