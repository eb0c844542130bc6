import { and, asc, desc, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { type AttachmentSummary, listPublicAttachments } from "./attachment-queries.server.ts";
import { publicPlansOnly } from "./policy.ts";
import { filterConditions, helsinkiToday } from "./public-conditions.server.ts";
import { type PublicPlanFilters, publicPlanFiltersSchema } from "./public-filters.ts";
import { type PreparedSearch, prepareSearch } from "./public-search.server.ts";
import { publicVersionsOnly } from "./public-versions.ts";
import {
  type PlanText,
  plansLot,
  plansParticipant,
  plansPlan,
  plansPlanCpv,
  plansSustainability,
  plansVersion,
} from "./tables.ts";

// Public plans whole, for open data (API JSON, OCDS, feeds and downloads): the plans module decides what
// of a plan is public (ADR 023) and reads it here; open data only turns these records into its formats.

export type PublicOrganisation = {
  id: string;
  name: string;
  /** The name in Swedish and English where known (Esbo stad, City of Espoo). */
  nameSv: string | null;
  nameEn: string | null;
  slug: string;
  kind: string;
  yTunnus: string | null;
  municipalityCode: string | null;
};

/** Everything about a public plan that open data may show: no drafts, no internal fields. */
export type PublicPlanRecord = {
  id: string;
  organisation: PublicOrganisation;
  participants: PublicOrganisation[];
  title: PlanText;
  need: PlanText;
  strategyGoal: PlanText | null;
  mainCpv: string;
  additionalCpv: string[];
  estimatedValueEur: number | null;
  valueCategory: string;
  valueBand: string | null;
  dialogueStart: string | null;
  dialogueEnd: string | null;
  tenderYear: number | null;
  tenderQuarter: number | null;
  tenderMonth: number | null;
  contractStart: string | null;
  contractDurationMonths: number | null;
  optionMonths: number | null;
  procedure: string;
  isDividedIntoLots: boolean;
  noLotsReason: PlanText | null;
  lots: { number: number; title: PlanText; estimatedValueEur: number | null }[];
  sustainability: { list: string; code: string }[];
  /** Files attached to the plan (without their bytes), oldest first. */
  attachments: AttachmentSummary[];
  employmentCondition: boolean;
  contact: { name: string | null; email: string | null; phone: string | null };
  confidence: string;
  status: string;
  hilmaNotice: string | null;
  contractEnd: string | null;
  cancelReason: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  /** When the market dialogue last published something public on the plan (null: never). */
  dialogueChangedAt: Date | null;
  /** updatedAt in microseconds since 1970 (the database's precision), for cursors. */
  updatedAtText: string;
  /** Commit order of the plan's last write (decimal text), for the release feed's cursor (ADR 026). */
  changeSeq: string;
};

/** A keyset position in public plans: `updatedAtText` and id of the last record read. */
export type PublicPlanPosition = { updatedAt: string; id: string };

/** A position in commit order: `changeSeq` and id of the last record read (ADR 026). */
export type PublicPlanReleasePosition = { seq: string; id: string };

/** One public version of a plan: its number, when it was written and its snapshot (`PlanSnapshot`). */
export type PublicPlanVersion = { version: number; createdAt: Date; snapshot: Record<string, unknown> };

const organisationColumns = {
  id: organisationsOrganisation.id,
  name: organisationsOrganisation.name,
  nameSv: organisationsOrganisation.nameSv,
  nameEn: organisationsOrganisation.nameEn,
  slug: organisationsOrganisation.slug,
  kind: organisationsOrganisation.kind,
  yTunnus: organisationsOrganisation.yTunnus,
  municipalityCode: organisationsOrganisation.municipalityCode,
};

const noFilters: PublicPlanFilters = publicPlanFiltersSchema.parse({});

/** One public plan, or null when it does not exist or is not public. */
export async function getPublicPlanRecord(db: DbOrTx, planId: string): Promise<PublicPlanRecord | null> {
  const rows = await selectPublicPlanRows(db, and(publicPlansOnly(), eq(plansPlan.id, planId)) as SQL, {
    limit: 1,
    direction: "desc",
  });
  const plans = await withDetails(db, rows);
  return plans[0] ?? null;
}

/**
 * A page of public plans ordered by (updated_at, id), after `cursor` when given; `limit + 1` rows are
 * read so the caller knows whether a next page exists.
 */
export async function listPublicPlanRecords(
  db: DbOrTx,
  options: {
    filters?: PublicPlanFilters;
    cursor?: PublicPlanPosition;
    limit: number;
    direction: "asc" | "desc";
  },
): Promise<{ plans: PublicPlanRecord[]; hasMore: boolean }> {
  const search = await prepareSearch(db, options.filters?.q);
  const plans = await withDetails(db, await publicPlanPageQuery(db, { ...options, search }));
  return { plans: plans.slice(0, options.limit), hasMore: plans.length > options.limit };
}

/**
 * The query of listPublicPlanRecords (`limit + 1` rows), not yet run; the benchmark runs its SQL
 * (`toSQL()`) straight through `pg` to compare the app with the database alone. `search` is
 * prepareSearch(db, filters.q).
 */
export function publicPlanPageQuery(
  db: DbOrTx,
  {
    filters = noFilters,
    cursor,
    limit,
    direction,
    search,
  }: {
    filters?: PublicPlanFilters;
    cursor?: PublicPlanPosition;
    limit: number;
    direction: "asc" | "desc";
    search?: PreparedSearch;
  },
) {
  const conditions: SQL[] = [
    publicPlansOnly(),
    ...filterConditions(filters, { today: helsinkiToday(), search }),
  ];
  if (cursor) {
    const compare = direction === "asc" ? sql`>` : sql`<`;
    conditions.push(
      sql`(${plansPlan.updatedAt}, ${plansPlan.id}) ${compare} (timestamptz 'epoch' + ${cursor.updatedAt}::bigint * interval '1 microsecond', ${cursor.id}::uuid)`,
    );
  }
  return selectPublicPlanRows(db, and(...conditions) as SQL, { limit: limit + 1, direction });
}

/**
 * Public plans in commit order, (change_seq, id), after `cursor` when given, for the OCDS release feed.
 * change_seq is stamped under a lock held until commit (migration 0019), so a plan that commits late
 * still sorts after every release a harvester has already read (ADR 026).
 */
export async function listReleasablePlanRecords(
  db: DbOrTx,
  { cursor, limit }: { cursor?: PublicPlanReleasePosition; limit: number },
): Promise<{ plans: PublicPlanRecord[]; hasMore: boolean }> {
  const conditions: SQL[] = [publicPlansOnly()];
  if (cursor) {
    conditions.push(
      sql`(${plansPlan.changeSeq}, ${plansPlan.id}) > (${cursor.seq}::bigint, ${cursor.id}::uuid)`,
    );
  }
  const rows = await db
    .select(publicPlanRowColumns)
    .from(plansPlan)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, plansPlan.organisationId))
    .where(and(...conditions))
    .orderBy(asc(plansPlan.changeSeq), asc(plansPlan.id))
    .limit(limit + 1);
  const plans = await withDetails(db, rows);
  return { plans: plans.slice(0, limit), hasMore: plans.length > limit };
}

/**
 * A public plan's public versions, oldest first (call only for a plan read through getPublicPlanRecord),
 * for its OCDS record; versions written while it was not public are left out (`publicVersionsOnly`, the
 * plan page's rule too).
 */
export async function listPublicPlanVersions(db: DbOrTx, planId: string): Promise<PublicPlanVersion[]> {
  return db
    .select({
      version: plansVersion.version,
      createdAt: plansVersion.createdAt,
      snapshot: plansVersion.snapshot,
    })
    .from(plansVersion)
    .where(and(eq(plansVersion.planId, planId), publicVersionsOnly()))
    .orderBy(asc(plansVersion.version));
}

// Every column but the search columns (large, generated, never shown).
const {
  searchFi: _searchFi,
  searchSv: _searchSv,
  searchEn: _searchEn,
  searchText: _searchText,
  ...planColumns
} = getTableColumns(plansPlan);

const publicPlanRowColumns = {
  plan: planColumns,
  organisation: organisationColumns,
  updatedAtText: sql<string>`(extract(epoch from ${plansPlan.updatedAt}) * 1000000)::bigint::text`,
};

function selectPublicPlanRows(
  db: DbOrTx,
  where: SQL,
  { limit, direction }: { limit: number; direction: "asc" | "desc" },
) {
  const order = direction === "asc" ? asc : desc;
  return db
    .select(publicPlanRowColumns)
    .from(plansPlan)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, plansPlan.organisationId))
    .where(where)
    .orderBy(order(plansPlan.updatedAt), order(plansPlan.id))
    .limit(limit);
}

/** The queries that follow a page: the plans' CPV codes, participants, lots and sustainability tags. */
export function publicPlanDetailQueries(db: DbOrTx, ids: string[]) {
  return [
    db
      .select()
      .from(plansPlanCpv)
      .where(inArray(plansPlanCpv.planId, ids))
      .orderBy(asc(plansPlanCpv.cpvCode)),
    db
      .select({ planId: plansParticipant.planId, organisation: organisationColumns })
      .from(plansParticipant)
      .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, plansParticipant.organisationId))
      .where(inArray(plansParticipant.planId, ids))
      .orderBy(asc(organisationsOrganisation.name)),
    db.select().from(plansLot).where(inArray(plansLot.planId, ids)).orderBy(asc(plansLot.number)),
    db
      .select()
      .from(plansSustainability)
      .where(inArray(plansSustainability.planId, ids))
      .orderBy(asc(plansSustainability.list), asc(plansSustainability.code)),
  ] as const;
}

async function withDetails(
  db: DbOrTx,
  rows: Awaited<ReturnType<typeof selectPublicPlanRows>>,
): Promise<PublicPlanRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.plan.id);
  const [cpvQuery, participantQuery, lotQuery, tagQuery] = publicPlanDetailQueries(db, ids);
  const [cpv, participants, lots, tags, attachments] = await Promise.all([
    cpvQuery,
    participantQuery,
    lotQuery,
    tagQuery,
    listPublicAttachments(db, ids),
  ]);
  return rows.map(({ plan, organisation, updatedAtText }) => ({
    id: plan.id,
    organisation,
    participants: participants.filter((row) => row.planId === plan.id).map((row) => row.organisation),
    title: plan.title,
    need: plan.need,
    strategyGoal: plan.strategyGoal ?? null,
    mainCpv: plan.mainCpv,
    additionalCpv: cpv.filter((row) => row.planId === plan.id && !row.isMain).map((row) => row.cpvCode),
    estimatedValueEur: plan.estimatedValueEur,
    valueCategory: plan.valueCategory,
    valueBand: plan.valueBand,
    dialogueStart: plan.dialogueStart,
    dialogueEnd: plan.dialogueEnd,
    tenderYear: plan.tenderYear,
    tenderQuarter: plan.tenderQuarter,
    tenderMonth: plan.tenderMonth,
    contractStart: plan.contractStart,
    contractDurationMonths: plan.contractDurationMonths,
    optionMonths: plan.optionMonths,
    procedure: plan.procedure,
    isDividedIntoLots: plan.isDividedIntoLots,
    noLotsReason: plan.noLotsReason ?? null,
    lots: lots
      .filter((lot) => lot.planId === plan.id)
      .map((lot) => ({ number: lot.number, title: lot.title, estimatedValueEur: lot.estimatedValueEur })),
    sustainability: tags
      .filter((tag) => tag.planId === plan.id)
      .map((tag) => ({ list: tag.list, code: tag.code })),
    attachments: attachments.filter((attachment) => attachment.planId === plan.id),
    employmentCondition: plan.employmentCondition,
    contact: { name: plan.contactName, email: plan.contactEmail, phone: plan.contactPhone },
    confidence: plan.confidence,
    status: plan.status,
    hilmaNotice: plan.hilmaNotice,
    contractEnd: plan.contractEnd,
    cancelReason: plan.cancelReason,
    publishedAt: plan.publishedAt,
    updatedAt: plan.updatedAt,
    dialogueChangedAt: plan.dialogueChangedAt,
    updatedAtText,
    changeSeq: String(plan.changeSeq),
  }));
}
