import { and, asc, desc, eq, getTableColumns, inArray, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { countInterestedCompanies } from "../interest/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import {
  type AttachmentSummary,
  filterConditions,
  helsinkiToday,
  listPublicAttachments,
  type PreparedSearch,
  prepareSearch,
  publicPlansOnly,
  publicVersionsOnly,
  type Translated,
} from "../plans/index.server.ts";
import { type PublicPlanFilters, publicPlanFiltersSchema } from "../plans/index.ts";
import {
  plansLot,
  plansParticipant,
  plansPlan,
  plansPlanCpv,
  plansSustainability,
  plansVersion,
} from "../plans/shared-tables.ts";
import type { Cursor, ReleaseCursor } from "./cursor.ts";

export type PublicOrganisation = {
  id: string;
  name: string;
  slug: string;
  kind: string;
  yTunnus: string | null;
  municipalityCode: string | null;
};

/** Everything about a public plan that open data may show: no drafts, no internal fields. */
export type PublicPlan = {
  id: string;
  organisation: PublicOrganisation;
  participants: PublicOrganisation[];
  title: Translated;
  need: Translated;
  strategyGoal: Translated | null;
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
  noLotsReason: Translated | null;
  lots: { number: number; title: Translated; estimatedValueEur: number | null }[];
  sustainability: { list: string; code: string }[];
  /** Files attached to the plan (without their bytes), oldest first. */
  attachments: AttachmentSummary[];
  /** How many companies said "we are interested" (never which). */
  interestedCompanies: number;
  employmentCondition: boolean;
  contact: { name: string | null; email: string | null; phone: string | null };
  confidence: string;
  status: string;
  hilmaNotice: string | null;
  contractEnd: string | null;
  cancelReason: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  /** updatedAt in microseconds since 1970 (the database's precision), for cursors. */
  updatedAtText: string;
  /** Commit order of the plan's last write (decimal text), for the release feed's cursor (ADR 026). */
  changeSeq: string;
};

const organisationColumns = {
  id: organisationsOrganisation.id,
  name: organisationsOrganisation.name,
  slug: organisationsOrganisation.slug,
  kind: organisationsOrganisation.kind,
  yTunnus: organisationsOrganisation.yTunnus,
  municipalityCode: organisationsOrganisation.municipalityCode,
};

const noFilters: PublicPlanFilters = publicPlanFiltersSchema.parse({});

/** One public plan, or null when it does not exist or is not public. */
export async function getPublicPlan(db: DbOrTx, planId: string): Promise<PublicPlan | null> {
  const plans = await selectPublicPlans(db, and(publicPlansOnly(), eq(plansPlan.id, planId)) as SQL, {
    limit: 1,
    direction: "desc",
  });
  return plans[0] ?? null;
}

/**
 * A page of public plans ordered by (updated_at, id), after the cursor when given; `limit + 1` rows are
 * read so the caller knows whether a next page exists.
 */
export async function listPublicPlans(
  db: DbOrTx,
  options: { filters?: PublicPlanFilters; cursor?: Cursor; limit: number; direction: "asc" | "desc" },
): Promise<{ plans: PublicPlan[]; hasMore: boolean }> {
  const search = await prepareSearch(db, options.filters?.q);
  const plans = await withDetails(db, await publicPlanPageQuery(db, { ...options, search }));
  return { plans: plans.slice(0, options.limit), hasMore: plans.length > options.limit };
}

/**
 * The query of listPublicPlans (`limit + 1` rows), not yet run; the benchmark runs its SQL (`toSQL()`)
 * straight through `pg` to compare the app with the database alone. `search` is
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
    cursor?: Cursor;
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
 * A page of the OCDS release feed: public plans in commit order, (change_seq, id), after the cursor when
 * given. change_seq is stamped under a lock held until commit (migration 0019), so a plan that commits
 * late still sorts after every release a harvester has already read (ADR 026).
 */
export async function listReleasablePlans(
  db: DbOrTx,
  { cursor, limit }: { cursor?: ReleaseCursor; limit: number },
): Promise<{ plans: PublicPlan[]; hasMore: boolean }> {
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

async function selectPublicPlans(
  db: DbOrTx,
  where: SQL,
  options: { limit: number; direction: "asc" | "desc" },
): Promise<PublicPlan[]> {
  return withDetails(db, await selectPublicPlanRows(db, where, options));
}

async function withDetails(
  db: DbOrTx,
  rows: Awaited<ReturnType<typeof selectPublicPlanRows>>,
): Promise<PublicPlan[]> {
  if (rows.length === 0) return [];
  const [cpvQuery, participantQuery, lotQuery, tagQuery] = publicPlanDetailQueries(
    db,
    rows.map((row) => row.plan.id),
  );
  const ids = rows.map((row) => row.plan.id);
  const [cpv, participants, lots, tags, attachments, interested] = await Promise.all([
    cpvQuery,
    participantQuery,
    lotQuery,
    tagQuery,
    listPublicAttachments(db, ids),
    countInterestedCompanies(db, ids),
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
    interestedCompanies: interested.get(plan.id) ?? 0,
    employmentCondition: plan.employmentCondition,
    contact: { name: plan.contactName, email: plan.contactEmail, phone: plan.contactPhone },
    confidence: plan.confidence,
    status: plan.status,
    hilmaNotice: plan.hilmaNotice,
    contractEnd: plan.contractEnd,
    cancelReason: plan.cancelReason,
    publishedAt: plan.publishedAt,
    updatedAt: plan.updatedAt,
    updatedAtText,
    changeSeq: String(plan.changeSeq),
  }));
}

/**
 * A public plan's public versions (call only for a plan read through getPublicPlan), for its OCDS record;
 * versions written while it was not public are left out (`publicVersionsOnly`, the plan page's rule too).
 */
export async function listPlanVersions(db: DbOrTx, planId: string) {
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
