import { type AnyColumn, and, eq, type SQL, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { isUuid } from "./attachment-queries.server.ts";
import { publicPlansOnly } from "./policy.ts";
import { filterConditions, helsinkiToday } from "./public-conditions.server.ts";
import { publicPlanFiltersSchema } from "./public-filters.ts";
import { plansLot, plansPlan } from "./tables.ts";

// What the partners module asks of plans. Its pages and e-mails name a plan only by its public headline
// (`listPublicHeadlines`); here it gets the few fields its policy decides on, never a plan's text.

/** A plan as partner requests see it: its owner and whether it is public and open, no text. */
export type PlanForPartners = {
  id: string;
  organisationId: string;
  visibility: string;
  archivedAt: Date | null;
};

const stateColumns = {
  id: plansPlan.id,
  organisationId: plansPlan.organisationId,
  visibility: plansPlan.visibility,
  archivedAt: plansPlan.archivedAt,
};

/**
 * The plan's state for the partner pages and commands; null for an unknown or malformed id.
 *
 * @example
 * const plan = await findPlanForPartners(db, planId);
 * if (!plan || !canViewPlan(viewer, plan)) throw new AppError("not_found");
 */
export async function findPlanForPartners(db: DbOrTx, planId: string): Promise<PlanForPartners | null> {
  if (!isUuid(planId)) return null;
  const [plan] = await db.select(stateColumns).from(plansPlan).where(eq(plansPlan.id, planId));
  return plan ?? null;
}

/**
 * The plan's state read inside a partner command's transaction with its row share-locked until the
 * transaction ends (ADR 022): a plan command, which takes `no key update`, waits, so the plan stays as
 * public and open as the command found it while the request or thread is written. Rows that merely
 * reference the plan are not held up. Null for an unknown or malformed id.
 *
 * @example
 * const plan = await lockPlanForPartners(tx, planId);
 * if (!plan || !canPostPartnerRequest(viewer, plan)) throw new AppError("conflict");
 */
export async function lockPlanForPartners(tx: Tx, planId: string): Promise<PlanForPartners | null> {
  if (!isUuid(planId)) return null;
  const [plan] = await tx.select(stateColumns).from(plansPlan).where(eq(plansPlan.id, planId)).for("share");
  return plan ?? null;
}

/**
 * Whether the plan has a lot with this number now, for a partner request that names one. Asked only of a
 * plan the caller has found public; inside a transaction after `lockPlanForPartners` the lots cannot
 * change before it ends.
 */
export async function hasPlanLot(db: DbOrTx, planId: string, lotNumber: number): Promise<boolean> {
  if (!isUuid(planId)) return false;
  const [lot] = await db
    .select({ id: plansLot.id })
    .from(plansLot)
    .where(and(eq(plansLot.planId, planId), eq(plansLot.number, lotNumber)));
  return lot !== undefined;
}

/** What the partner board filters plans by: a CPV code (with its sub-codes), a region, one plan. */
export type PartnerBoardPlanFilters = { cpv?: string; region?: string; planId?: string };

/**
 * A condition for the partners module's board query: the plan id column names a plan that is public and
 * not archived now and matches the filters the way the forward plan does (`filterConditions`). Plans
 * decides what is public (ADR 023); partners reads no plans table.
 *
 * @example db.select().from(partnersRequest).where(isPublicPlanMatching(partnersRequest.planId, { cpv: "90900000" }))
 */
export function isPublicPlanMatching(planIdColumn: AnyColumn, filters: PartnerBoardPlanFilters): SQL {
  const conditions = filterConditions(
    { ...publicPlanFiltersSchema.parse({}), cpv: filters.cpv, region: filters.region },
    { today: helsinkiToday() },
  );
  if (filters.planId) conditions.push(isUuid(filters.planId) ? eq(plansPlan.id, filters.planId) : sql`false`);
  return sql`${planIdColumn} in (select ${plansPlan.id} from ${plansPlan} where ${and(publicPlansOnly(), ...conditions)})`;
}
