import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import { optionalSingleLineText } from "../../lib/text-schemas.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { isOverdue, isPlanStatus, isUpcoming, planStatuses, quarterSlot } from "./lifecycle.ts";
import { loadPlanSnapshot } from "./plan-record.server.ts";
import { canEditPlansOf, canUseWorkspaceOf } from "./policy.ts";
import { helsinkiToday } from "./public-conditions.server.ts";
import { hasSearchWord } from "./public-filters.ts";
import { visibilities } from "./schemas.ts";
import { plansPlan, plansVersion } from "./tables.ts";

export const planSortKeys = ["title", "status", "visibility", "valueBand", "tender", "updated"] as const;
export type PlanSortKey = (typeof planSortKeys)[number];
export type PlanListFilters = {
  status?: string;
  visibility?: string;
  /** Words to look for in the plan's title and need (any language) or the start of its main CPV code. */
  q?: string;
  /** "1": only plans whose planned tender quarter has passed while they are still being planned. */
  overdue?: string;
  sort?: string;
  direction?: string;
};

const planningStatuses = planStatuses.filter(isUpcoming);

const orderColumns: Record<PlanSortKey, SQL[]> = {
  // A plan may have no Finnish title (issue 12 point 3): sorted by its first language then.
  title: [
    sql`lower(coalesce(${plansPlan.title}->>'fi', ${plansPlan.title}->>'sv', ${plansPlan.title}->>'en'))`,
  ],
  status: [sql`${plansPlan.status}`],
  visibility: [sql`${plansPlan.visibility}`],
  valueBand: [sql`${plansPlan.valueBand}`],
  tender: [sql`${plansPlan.tenderYear}`, sql`${plansPlan.tenderQuarter}`],
  updated: [sql`${plansPlan.updatedAt}`],
};

/** The filters and sort a list request may carry, with anything unknown dropped. */
export function cleanPlanListFilters(filters: PlanListFilters) {
  const sort = (planSortKeys as readonly string[]).includes(filters.sort ?? "")
    ? (filters.sort as PlanSortKey)
    : "updated";
  const direction: "asc" | "desc" =
    filters.direction === "asc" || filters.direction === "desc"
      ? filters.direction
      : sort === "updated"
        ? "desc"
        : "asc";
  // Cleaned as every text (NFC, no control characters); a query that is no text is dropped.
  const q = optionalSingleLineText(200).safeParse((filters.q ?? "").slice(0, 200)).data;
  return {
    q: q && hasSearchWord(q) ? q : undefined,
    overdue: filters.overdue === "1",
    status: isPlanStatus(filters.status) ? filters.status : undefined,
    visibility: (visibilities as readonly string[]).includes(filters.visibility ?? "")
      ? filters.visibility
      : undefined,
    sort,
    direction,
  };
}

/** `like` pattern of a literal text: `%`, `_` and `\` match only themselves. */
const likeLiteral = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Plans whose title or need (in any language) has every word of `q`, or whose main CPV code starts with it. */
function workspaceSearch(q: string): SQL {
  const text = sql`concat_ws(' ', ${plansPlan.title}->>'fi', ${plansPlan.title}->>'sv', ${plansPlan.title}->>'en', ${plansPlan.need}->>'fi', ${plansPlan.need}->>'sv', ${plansPlan.need}->>'en')`;
  const words = q.split(/\s+/).filter((word) => word !== "");
  const digits = q.replace(/[\s-]/g, "");
  const byCode = /^\d{2,8}$/.test(digits) ? sql` or ${plansPlan.mainCpv} like ${`${digits}%`}` : sql``;
  return sql`((${sql.join(
    words.map((word) => sql`${text} ilike ${likeLiteral(word)}`),
    sql` and `,
  )})${byCode})`;
}

/** Still being planned although the planned tender quarter (or year) is behind `today` (lifecycle.ts isOverdue). */
function overdueCondition(today: string): SQL {
  return sql`(${inArray(plansPlan.status, planningStatuses)} and ${plansPlan.tenderYear} is not null and ${plansPlan.tenderYear} * 4 + coalesce(${plansPlan.tenderQuarter}, 4) < ${quarterSlot(today)})`;
}

/**
 * The organisation's unarchived plans for its workspace, every visibility: its buyers, buyer-admins and
 * leadership only.
 */
export async function listOrganisationPlans({
  services,
  viewer,
  organisationId,
  filters,
  page = 1,
  pageSize = 25,
  today = helsinkiToday(),
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string | null;
  filters: PlanListFilters;
  page?: number;
  pageSize?: number;
  today?: string;
}) {
  assertAllowed(organisationId !== null && canUseWorkspaceOf(viewer, organisationId));
  const { db } = services.database;
  const clean = cleanPlanListFilters(filters);
  const where = and(
    eq(plansPlan.organisationId, organisationId),
    isNull(plansPlan.archivedAt),
    clean.status ? eq(plansPlan.status, clean.status) : undefined,
    clean.visibility ? eq(plansPlan.visibility, clean.visibility) : undefined,
    clean.q ? workspaceSearch(clean.q) : undefined,
    clean.overdue ? overdueCondition(today) : undefined,
  );
  const order = orderColumns[clean.sort].map((column) =>
    clean.direction === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`,
  );
  const rows = await db
    .select({
      id: plansPlan.id,
      title: plansPlan.title,
      status: plansPlan.status,
      visibility: plansPlan.visibility,
      valueBand: plansPlan.valueBand,
      tenderYear: plansPlan.tenderYear,
      tenderQuarter: plansPlan.tenderQuarter,
      updatedAt: plansPlan.updatedAt,
    })
    .from(plansPlan)
    .where(where)
    .orderBy(...order, asc(plansPlan.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ value: count() }).from(plansPlan).where(where);
  const [overdue] = await db
    .select({ value: count() })
    .from(plansPlan)
    .where(
      and(
        eq(plansPlan.organisationId, organisationId),
        isNull(plansPlan.archivedAt),
        overdueCondition(today),
      ),
    );
  return {
    rows: rows.map((row) => ({ ...row, overdue: isOverdue(row, today) })),
    /** How many of the organisation's plans are overdue (whatever the filters). */
    overdueTotal: Number(overdue?.value ?? 0),
    total: Number(total?.value ?? 0),
    page,
    pageSize,
    filters: clean,
    canEdit: canEditPlansOf(viewer, organisationId),
    statuses: planStatuses,
  };
}

/** One plan as its organisation's workspace shows it, with its public version history. */
export async function getWorkspacePlan({
  services,
  viewer,
  planId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
}) {
  const { db } = services.database;
  if (!/^[0-9a-f-]{36}$/i.test(planId)) throw new AppError("not_found");
  const [plan] = await db.select().from(plansPlan).where(eq(plansPlan.id, planId));
  if (!plan) throw new AppError("not_found");
  assertAllowed(canUseWorkspaceOf(viewer, plan.organisationId));
  const snapshot = await loadPlanSnapshot(db, planId);
  const versions = await db
    .select({
      version: plansVersion.version,
      createdAt: plansVersion.createdAt,
      reason: plansVersion.reason,
      changes: plansVersion.changes,
    })
    .from(plansVersion)
    .where(eq(plansVersion.planId, planId))
    .orderBy(desc(plansVersion.version));
  return {
    plan: snapshot,
    versions: versions.map((v) => ({ ...v, changed: Object.keys(v.changes) })),
    /** Still being planned although its planned tender time has passed (lifecycle.ts isOverdue). */
    overdue: plan.archivedAt === null && isOverdue(plan, helsinkiToday()),
    canEdit: canEditPlansOf(viewer, plan.organisationId),
  };
}
