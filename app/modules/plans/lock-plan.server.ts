import { eq } from "drizzle-orm";
import type { Tx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { isUuid } from "./attachment-queries.server.ts";
import type { PlanSnapshot } from "./plan-snapshot.ts";
import { canEditPlansOf } from "./policy.ts";
import { plansPlan } from "./tables.ts";

/** Why a command refused to change a plan, as the catalogue key a form shows (the API maps it to 409/412). */
export type PlanRefusal = "plans.errors.archived" | "plans.errors.changed";

/**
 * Checked inside a command's transaction with the plan row locked, against the plan as it is then (its
 * snapshot): false refuses the change with "plans.errors.changed". The write API's If-Match is one.
 */
export type PlanPrecondition = (tx: Tx, current: PlanSnapshot) => Promise<boolean>;

/**
 * Locks the plan's row for the rest of the transaction (ADR 022) and returns it as it is now, so that the
 * command decides (lifecycle, archive, If-Match, next version number) on a state nobody else changes
 * before it commits. `no key update` is the lock an UPDATE of the row takes itself: it waits for every
 * other plan command but not for rows that merely reference the plan. Unknown plans and plans the viewer
 * may not edit throw not_found and forbidden.
 */
export async function lockPlanForChange(tx: Tx, viewer: Viewer | null, planId: string) {
  if (!isUuid(planId)) throw new AppError("not_found");
  const [plan] = await tx.select().from(plansPlan).where(eq(plansPlan.id, planId)).for("no key update");
  if (!plan) throw new AppError("not_found");
  assertAllowed(canEditPlansOf(viewer, plan.organisationId));
  return plan;
}
