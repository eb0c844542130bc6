import { and, eq, gte, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { partnersRequest } from "../partners/shared-tables.ts";
import { cpvDescendantPrefix } from "../reference-data/index.ts";
import { refMunicipality } from "../reference-data/shared-tables.ts";
import { quarterSlot } from "./lifecycle.ts";
import type { PublicPlanFilters } from "./public-filters.ts";
import { type PreparedSearch, searchCondition, searchWords } from "./public-search.server.ts";
import { plansPlan, plansPlanCpv, plansSustainability } from "./tables.ts";

/** The filters a facet ignores when it counts, so each option shows what choosing it would give. */
export type FacetName = "organisation" | "valueBand" | "status" | "quarter" | "sustainability" | "lots";

const helsinkiDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" });

/** Today in Helsinki as YYYY-MM-DD (dialogue windows are Finnish calendar days). */
export function helsinkiToday(now: Date = new Date()): string {
  return helsinkiDate.format(now);
}

function sustainabilityCondition(values: string[]): SQL | undefined {
  if (values.length === 0) return undefined;
  const matches = values.map((value) => {
    const [list = "", code] = value.split(":");
    return code
      ? and(eq(plansSustainability.list, list), eq(plansSustainability.code, code))
      : eq(plansSustainability.list, list);
  });
  return sql`exists (select 1 from ${plansSustainability} where ${plansSustainability.planId} = ${plansPlan.id} and (${or(...matches)}))`;
}

function placeCondition(column: SQL | typeof refMunicipality.code, value: string): SQL {
  return sql`${plansPlan.organisationId} in (select ${organisationsOrganisation.id} from ${organisationsOrganisation} join ${refMunicipality} on ${refMunicipality.code} = ${organisationsOrganisation.municipalityCode} where ${column} = ${value})`;
}

/**
 * A finished plan (lifecycle.ts's isFinishedStatus or plannedTimeHasPassed): awarded or cancelled, or
 * its planned tender quarter (with only a year, the year) is behind today.
 */
export function finishedCondition(today: string): SQL {
  return sql`(${inArray(plansPlan.status, ["contract-awarded", "cancelled"])} or (${plansPlan.tenderYear} is not null and ${plansPlan.tenderYear} * 4 + coalesce(${plansPlan.tenderQuarter}, 4) < ${quarterSlot(today)}))`;
}

/**
 * The SQL conditions of a filter state, each public output's condition first (publicPlansOnly is added
 * by the caller). `omit` leaves out one facet's own filter; `search` is prepareSearch(db, filters.q),
 * required when the filters have a query.
 */
export function filterConditions(
  filters: PublicPlanFilters,
  { today, omit, search }: { today: string; omit?: FacetName; search?: PreparedSearch },
): SQL[] {
  const conditions: (SQL | undefined)[] = [];
  if (filters.organisation.length > 0 && omit !== "organisation")
    conditions.push(
      sql`${plansPlan.organisationId} in (select ${organisationsOrganisation.id} from ${organisationsOrganisation} where ${or(inArray(organisationsOrganisation.id, filters.organisation), inArray(organisationsOrganisation.slug, filters.organisation))})`,
    );
  if (filters.region) conditions.push(placeCondition(sql`${refMunicipality.regionCode}`, filters.region));
  if (filters.municipality) conditions.push(placeCondition(refMunicipality.code, filters.municipality));
  if (filters.cpv) {
    const prefix = cpvDescendantPrefix(filters.cpv);
    conditions.push(
      sql`exists (select 1 from ${plansPlanCpv} where ${plansPlanCpv.planId} = ${plansPlan.id} and ${plansPlanCpv.cpvCode} like ${`${prefix}%`})`,
    );
  }
  if (filters.valueBand.length > 0 && omit !== "valueBand")
    conditions.push(inArray(plansPlan.valueBand, filters.valueBand));
  if (omit !== "quarter") {
    if (filters.year) conditions.push(eq(plansPlan.tenderYear, filters.year));
    if (filters.quarter) conditions.push(eq(plansPlan.tenderQuarter, filters.quarter));
  }
  if (filters.status.length > 0 && omit !== "status")
    conditions.push(inArray(plansPlan.status, filters.status));
  if (omit !== "sustainability") conditions.push(sustainabilityCondition(filters.sustainability));
  if (filters.lots && omit !== "lots")
    conditions.push(eq(plansPlan.isDividedIntoLots, filters.lots === "yes"));
  if (filters.phase === "current") conditions.push(sql`not ${finishedCondition(today)}`);
  if (filters.phase === "finished") conditions.push(finishedCondition(today));
  if (filters.dialogueOpen)
    conditions.push(lte(plansPlan.dialogueStart, today), gte(plansPlan.dialogueEnd, today));
  if (filters.partnerRequests)
    conditions.push(
      sql`exists (select 1 from ${partnersRequest} where ${partnersRequest.planId} = ${plansPlan.id} and ${partnersRequest.status} = 'open')`,
    );
  if (filters.q && searchWords(filters.q).length > 0 && !search)
    throw new Error("filterConditions: a query needs prepareSearch(db, filters.q) first");
  if (search) conditions.push(searchCondition(search));
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}
