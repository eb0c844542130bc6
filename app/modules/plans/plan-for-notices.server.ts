import { eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { isUuid } from "./attachment-queries.server.ts";
import { loadPlanSnapshot } from "./plan-record.server.ts";
import type { PlanSnapshot } from "./plan-snapshot.ts";
import { plansPlan } from "./tables.ts";

// What the notices module (eForms notices for Hilma, issue 14) asks of plans: the plan's content as its
// public version records it (the snapshot), which the notice is written from, and a lock for recording
// where Hilma published a notice.

/** A plan's content for a notice; null for an unknown or malformed id. */
export async function findPlanForNotices(db: DbOrTx, planId: string): Promise<PlanSnapshot | null> {
  if (!isUuid(planId)) return null;
  const [row] = await db.select({ id: plansPlan.id }).from(plansPlan).where(eq(plansPlan.id, planId));
  return row ? loadPlanSnapshot(db, planId) : null;
}

/**
 * The plan's owner and state, its row share-locked for the rest of the notice command's transaction: the
 * plan is neither archived nor removed while the notice is recorded. Null for an unknown or malformed id.
 */
export async function lockPlanForNotices(
  tx: Tx,
  planId: string,
): Promise<{ id: string; organisationId: string; archivedAt: Date | null } | null> {
  if (!isUuid(planId)) return null;
  const [plan] = await tx
    .select({ id: plansPlan.id, organisationId: plansPlan.organisationId, archivedAt: plansPlan.archivedAt })
    .from(plansPlan)
    .where(eq(plansPlan.id, planId))
    .for("share");
  return plan ?? null;
}
