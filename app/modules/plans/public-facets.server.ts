import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { organisationNameIn } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { refEformsCode } from "../reference-data/shared-tables.ts";
import { publicPlansOnly } from "./policy.ts";
import { type FacetName, filterConditions } from "./public-conditions.server.ts";
import type { PublicPlanFilters } from "./public-filters.ts";
import type { PreparedSearch } from "./public-search.server.ts";
import { plansPlan, plansSustainability } from "./tables.ts";

export type FacetOption = { value: string; label?: string; count: number };
export type PublicPlanFacets = Record<FacetName, FacetOption[]>;

/**
 * Counts for each facet option among public plans, each facet with the other filters applied (so the
 * count tells how many plans choosing that option would add).
 */
export async function countPublicPlanFacets({
  db,
  locale,
  filters,
  today,
  search,
}: {
  db: DbOrTx;
  locale: Locale;
  filters: PublicPlanFilters;
  today: string;
  /** prepareSearch(db, filters.q) */
  search: PreparedSearch | undefined;
}): Promise<PublicPlanFacets> {
  const where = (omit: FacetName) =>
    and(publicPlansOnly(), ...filterConditions(filters, { today, omit, search }));
  const eformsLabel = { fi: refEformsCode.labelFi, sv: refEformsCode.labelSv, en: refEformsCode.labelEn }[
    locale
  ];

  const organisations = await db
    .select({ value: plansPlan.organisationId, label: organisationNameIn(locale), count: count() })
    .from(plansPlan)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, plansPlan.organisationId))
    .where(where("organisation"))
    .groupBy(plansPlan.organisationId, organisationsOrganisation.id)
    .orderBy(desc(count()), asc(organisationNameIn(locale)));
  const bands = await db
    .select({ value: plansPlan.valueBand, count: count() })
    .from(plansPlan)
    .where(and(where("valueBand"), sql`${plansPlan.valueBand} is not null`))
    .groupBy(plansPlan.valueBand);
  const statuses = await db
    .select({ value: plansPlan.status, count: count() })
    .from(plansPlan)
    .where(where("status"))
    .groupBy(plansPlan.status);
  const quarters = await db
    .select({ year: plansPlan.tenderYear, quarter: plansPlan.tenderQuarter, count: count() })
    .from(plansPlan)
    .where(and(where("quarter"), sql`${plansPlan.tenderQuarter} is not null`))
    .groupBy(plansPlan.tenderYear, plansPlan.tenderQuarter)
    .orderBy(asc(plansPlan.tenderYear), asc(plansPlan.tenderQuarter));
  const sustainability = await db
    .select({
      list: plansSustainability.list,
      code: plansSustainability.code,
      label: eformsLabel,
      count: count(),
    })
    .from(plansSustainability)
    .innerJoin(plansPlan, eq(plansPlan.id, plansSustainability.planId))
    .leftJoin(
      refEformsCode,
      and(
        eq(refEformsCode.listName, plansSustainability.list),
        eq(refEformsCode.code, plansSustainability.code),
      ),
    )
    .where(where("sustainability"))
    .groupBy(plansSustainability.list, plansSustainability.code, eformsLabel)
    .orderBy(desc(count()));
  const lots = await db
    .select({ value: plansPlan.isDividedIntoLots, count: count() })
    .from(plansPlan)
    .where(where("lots"))
    .groupBy(plansPlan.isDividedIntoLots);

  return {
    organisation: organisations.map((row) => ({ value: row.value, label: row.label, count: row.count })),
    valueBand: bands.map((row) => ({ value: row.value ?? "", count: row.count })),
    status: statuses.map((row) => ({ value: row.value, count: row.count })),
    quarter: quarters.map((row) => ({ value: `${row.year}-Q${row.quarter}`, count: row.count })),
    sustainability: sustainability.map((row) => ({
      value: `${row.list}:${row.code}`,
      label: row.label ?? row.code,
      count: row.count,
    })),
    lots: lots.map((row) => ({ value: row.value ? "yes" : "no", count: row.count })),
  };
}
