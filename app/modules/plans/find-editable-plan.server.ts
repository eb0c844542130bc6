import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { loadPlanSnapshot } from "./plan-record.server.ts";
import type { PlanSnapshot } from "./plan-snapshot.ts";
import { canEditPlansOf, canViewPlan } from "./policy.ts";
import { plansPlan } from "./tables.ts";

export type EditablePlan =
  | { status: "ok"; snapshot: PlanSnapshot }
  /** Unknown, or a plan the viewer may not even see: the answer does not reveal that it exists. */
  | { status: "not-found" }
  /** A plan the viewer sees (a public plan of another organisation) but may not change. */
  | { status: "forbidden" }
  | { status: "archived" };

/**
 * A plan that the viewer is about to change (the write API), with its current snapshot; or why not.
 * The commands check the same policy again inside.
 */
export async function findEditablePlan(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
): Promise<EditablePlan> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(planId))
    return { status: "not-found" };
  const [plan] = await db
    .select({
      organisationId: plansPlan.organisationId,
      visibility: plansPlan.visibility,
      archivedAt: plansPlan.archivedAt,
    })
    .from(plansPlan)
    .where(eq(plansPlan.id, planId));
  if (!plan) return { status: "not-found" };
  if (!canEditPlansOf(viewer, plan.organisationId))
    return canViewPlan(viewer, plan) ? { status: "forbidden" } : { status: "not-found" };
  if (plan.archivedAt !== null) return { status: "archived" };
  return { status: "ok", snapshot: await loadPlanSnapshot(db, planId) };
}
