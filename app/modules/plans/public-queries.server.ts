import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { pickText, pickTranslation } from "../../lib/pick-translation.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { refCpvCode } from "../reference-data/shared-tables.ts";
import { publicPlansOnly } from "./policy.ts";
import { filterConditions, helsinkiToday } from "./public-conditions.server.ts";
import { countPublicPlanFacets, type PublicPlanFacets } from "./public-facets.server.ts";
import type { PublicPlanFilters, PublicPlanSort } from "./public-filters.ts";
import { createGenerationCache } from "./public-generation.server.ts";
import { prepareSearch, searchRank, searchWords } from "./public-search.server.ts";
import { highlightSnippet, type SnippetPart } from "./public-snippet.ts";
import { plansPlan } from "./tables.ts";

export const publicPageSize = 20;

/** The page language's text, else the first language the plan has (lib/pick-translation.ts). */
export { pickText };

const summaryColumns = {
  id: plansPlan.id,
  title: plansPlan.title,
  need: plansPlan.need,
  organisationId: plansPlan.organisationId,
  organisationName: organisationsOrganisation.name,
  organisationNameSv: organisationsOrganisation.nameSv,
  organisationNameEn: organisationsOrganisation.nameEn,
  mainCpv: plansPlan.mainCpv,
  cpvLabelFi: refCpvCode.labelFi,
  cpvLabelSv: refCpvCode.labelSv,
  cpvLabelEn: refCpvCode.labelEn,
  estimatedValueEur: plansPlan.estimatedValueEur,
  valueBand: plansPlan.valueBand,
  tenderYear: plansPlan.tenderYear,
  tenderQuarter: plansPlan.tenderQuarter,
  tenderMonth: plansPlan.tenderMonth,
  dialogueStart: plansPlan.dialogueStart,
  dialogueEnd: plansPlan.dialogueEnd,
  contractEnd: plansPlan.contractEnd,
  status: plansPlan.status,
  procedure: plansPlan.procedure,
  isDividedIntoLots: plansPlan.isDividedIntoLots,
  updatedAt: plansPlan.updatedAt,
};

export type PublicPlanSummary = {
  id: string;
  title: string;
  /** The language the title is in: the page's, or the first one given (a Swedish-only plan's on /fi/). */
  titleLang: Locale;
  organisation: { id: string; name: string };
  mainCpv: { code: string; label: string };
  estimatedValueEur: number | null;
  valueBand: string | null;
  tender: { year: number | null; quarter: number | null; month: number | null };
  dialogue: { start: string | null; end: string | null };
  contractEnd: string | null;
  status: string;
  procedure: string;
  isDividedIntoLots: boolean;
  updatedAt: string;
  /** With a search: the need (or title) around the words found, the words marked. */
  snippet: SnippetPart[] | null;
  snippetLang: Locale;
};

/** The public fields of a plan for lists, feeds and the API; nothing internal passes. */
export function toPublicPlanSummary(
  row: PublicPlanRow,
  locale: Locale,
  words: string[] = [],
): PublicPlanSummary {
  const picked = { title: pickTranslation(row.title, locale), need: pickTranslation(row.need, locale) };
  const title = picked.title?.text ?? "";
  const need = picked.need?.text ?? "";
  const lower = need.toLowerCase();
  const inNeed = words.some((word) => lower.includes(word));
  return {
    id: row.id,
    title,
    titleLang: picked.title?.lang ?? locale,
    organisation: {
      id: row.organisationId,
      // The organisation's name in the reader's language where known (issue 12 point 19).
      name:
        { fi: null, sv: row.organisationNameSv, en: row.organisationNameEn }[locale] ?? row.organisationName,
    },
    mainCpv: {
      code: row.mainCpv,
      label: { fi: row.cpvLabelFi, sv: row.cpvLabelSv, en: row.cpvLabelEn }[locale],
    },
    estimatedValueEur: row.estimatedValueEur,
    valueBand: row.valueBand,
    tender: { year: row.tenderYear, quarter: row.tenderQuarter, month: row.tenderMonth },
    dialogue: { start: row.dialogueStart, end: row.dialogueEnd },
    contractEnd: row.contractEnd,
    status: row.status,
    procedure: row.procedure,
    isDividedIntoLots: row.isDividedIntoLots,
    updatedAt: row.updatedAt.toISOString(),
    snippet: words.length === 0 ? null : highlightSnippet(inNeed ? need : title, words),
    snippetLang: (inNeed ? picked.need?.lang : picked.title?.lang) ?? locale,
  };
}

/** Public plans joined with their organisation and main CPV code, for every public list. */
export function selectPublicPlans(db: DbOrTx) {
  return db
    .select(summaryColumns)
    .from(plansPlan)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, plansPlan.organisationId))
    .innerJoin(refCpvCode, eq(refCpvCode.code, plansPlan.mainCpv));
}

export type PublicPlanRow = Awaited<ReturnType<typeof selectPublicPlans>>[number];

function orderBy(sort: PublicPlanSort, q: string | undefined): SQL[] {
  const tender = [
    sql`${plansPlan.tenderYear} asc nulls last`,
    sql`${plansPlan.tenderQuarter} asc nulls last`,
    sql`${plansPlan.tenderMonth} asc nulls last`,
  ];
  switch (sort) {
    case "relevance":
      return q
        ? [sql`${searchRank(q)} desc`, desc(plansPlan.updatedAt), asc(plansPlan.id)]
        : orderBy("tender", q);
    case "value":
      return [sql`${plansPlan.estimatedValueEur} desc nulls last`, asc(plansPlan.id)];
    case "updated":
      return [desc(plansPlan.updatedAt), asc(plansPlan.id)];
    default:
      return [...tender, asc(plansPlan.id)];
  }
}

/** Result counts and facets per filter state (a few kB each), until the next write to public data. */
const countCache = createGenerationCache<{ total: number; facets: PublicPlanFacets }>({
  maxBytes: 16 * 1024 * 1024,
  size: (value) => JSON.stringify(value).length,
});

export type PublicPlanList = {
  rows: PublicPlanSummary[];
  total: number;
  page: number;
  pageSize: number;
  sort: PublicPlanSort;
  facets: PublicPlanFacets;
};

/**
 * The public forward plan: public plans matching the filters, sorted and paged, with facet counts.
 * Drafts and internal plans never pass (publicPlansOnly in every query).
 */
export async function listPublicPlans({
  db,
  locale,
  filters,
  pageSize = publicPageSize,
  today = helsinkiToday(),
}: {
  db: DbOrTx;
  locale: Locale;
  filters: PublicPlanFilters;
  pageSize?: number;
  today?: string;
}): Promise<PublicPlanList> {
  const sort: PublicPlanSort = filters.sort ?? (filters.q ? "relevance" : "tender");
  const search = await prepareSearch(db, filters.q);
  const where = and(publicPlansOnly(), ...filterConditions(filters, { today, search }));
  const page = filters.page ?? 1;
  const rows = await selectPublicPlans(db)
    .where(where)
    .orderBy(...orderBy(sort, filters.q))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  // Counts do not depend on the page or the order; they are kept until public data changes.
  const { page: _page, sort: _sort, ...counted } = filters;
  const { total, facets } = await countCache.read(db, JSON.stringify([locale, today, counted]), async () => {
    const [totalRow] = await db.select({ total: count() }).from(plansPlan).where(where);
    const facets = await countPublicPlanFacets({ db, locale, filters, today, search });
    return { total: totalRow?.total ?? 0, facets };
  });
  const words = filters.q ? searchWords(filters.q) : [];
  return {
    rows: rows.map((row) => toPublicPlanSummary(row, locale, words)),
    total,
    page,
    pageSize,
    sort,
    facets,
  };
}
