import { and, asc, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { isUuid } from "./attachment-queries.server.ts";
import { publicPlansOnly } from "./policy.ts";
import { type PlanText, plansPlan } from "./tables.ts";

// What the presentations module asks of plans: whether the plan a company's presentation answers is
// public, and which of a buyer organisation's own plans a received presentation may be linked to. What
// it shows of a public plan is its headline (`listPublicHeadlines`).

/** Whether the plan is public now (`publicPlansOnly`); false for an unknown or malformed id. */
export async function isPlanOpenToPresentations(db: DbOrTx, planId: string): Promise<boolean> {
  return (await selectPlanId(db, publicPlansOnly(), planId)) !== null;
}

/**
 * `isPlanOpenToPresentations` inside the sending command's transaction, with the plan row share-locked
 * until it commits (ADR 022), so that the plan cannot stop being public between the check and the write.
 */
export async function lockPlanOpenToPresentations(tx: Tx, planId: string): Promise<boolean> {
  return (await selectPlanId(tx, publicPlansOnly(), planId, true)) !== null;
}

const linkable = (organisationId: string) =>
  and(eq(plansPlan.organisationId, organisationId), isNull(plansPlan.archivedAt)) as SQL;

/**
 * The plan a received presentation is linked to, when it is one of the organisation's own plans and not
 * archived (any visibility); null otherwise. Read inside the state command's transaction with the plan
 * row share-locked until it commits (ADR 022), so that it is not archived in between.
 */
export async function lockPlanToLink(
  tx: Tx,
  { organisationId, planId }: { organisationId: string; planId: string },
): Promise<string | null> {
  return selectPlanId(tx, linkable(organisationId), planId, true);
}

/**
 * The organisation's own plans that a received presentation may be linked to (not archived, any
 * visibility), most recently changed first, at most 200, with their current titles. For the
 * organisation's inbox readers only: the caller checks that the viewer may read its inbox.
 */
export async function listPlansToLink(
  db: DbOrTx,
  organisationId: string,
): Promise<{ id: string; title: PlanText }[]> {
  return db
    .select({ id: plansPlan.id, title: plansPlan.title })
    .from(plansPlan)
    .where(linkable(organisationId))
    .orderBy(desc(plansPlan.updatedAt), asc(plansPlan.id))
    .limit(200);
}

async function selectPlanId(
  db: DbOrTx,
  condition: SQL,
  planId: string,
  lock = false,
): Promise<string | null> {
  if (!isUuid(planId)) return null;
  const query = db
    .select({ id: plansPlan.id })
    .from(plansPlan)
    .where(and(condition, eq(plansPlan.id, planId)));
  const [plan] = lock ? await query.for("share") : await query;
  return plan?.id ?? null;
}
