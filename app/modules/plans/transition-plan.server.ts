import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { canTransition, isPlanStatus } from "./lifecycle.ts";
import { lockPlanForChange, type PlanPrecondition, type PlanRefusal } from "./lock-plan.server.ts";
import { appendVersion, diffSnapshots, loadPlanSnapshot } from "./plan-record.server.ts";
import type { transitionSchema } from "./schemas.ts";
import { plansPlan } from "./tables.ts";

export type TransitionResult =
  | { ok: true }
  /** `from` is the status the plan had when the command decided. */
  | { ok: false; error: "plans.errors.transitionNotAllowed" | PlanRefusal; from: string };

/**
 * Moves a plan to another stage of its lifecycle; audited, and a public version when the plan is public.
 * Decided with the plan row locked, so of two moves at once (award and cancel) only one can happen.
 */
export async function transitionPlan({
  services,
  viewer,
  planId,
  transition,
  precondition,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  transition: z.output<typeof transitionSchema>;
  precondition?: PlanPrecondition;
  requestId?: string;
}): Promise<TransitionResult> {
  return services.database.db.transaction(async (tx): Promise<TransitionResult> => {
    const plan = await lockPlanForChange(tx, viewer, planId);
    const from = plan.status;
    if (plan.archivedAt) return { ok: false, error: "plans.errors.archived", from };
    const before = await loadPlanSnapshot(tx, planId);
    if (precondition && !(await precondition(tx, before)))
      return { ok: false, error: "plans.errors.changed", from };
    if (!isPlanStatus(from) || !canTransition(from, transition.to))
      return { ok: false, error: "plans.errors.transitionNotAllowed", from };
    await tx
      .update(plansPlan)
      .set({
        status: transition.to,
        updatedAt: new Date(),
        ...(transition.to === "tender-published" ? { hilmaNotice: transition.hilmaNotice } : {}),
        ...(transition.to === "contract-awarded" ? { contractEnd: transition.contractEnd } : {}),
        ...(transition.to === "cancelled" ? { cancelReason: transition.reason } : {}),
      })
      .where(eq(plansPlan.id, planId));
    if (plan.visibility === "public") {
      const after = await loadPlanSnapshot(tx, planId);
      await appendVersion(tx, {
        planId,
        actorId: viewer?.userId ?? null,
        reason: transition.to === "cancelled" ? transition.reason : null,
        changes: diffSnapshots(before, after),
        snapshot: after,
      });
    }
    await recordAudit(tx, {
      actorId: viewer?.userId ?? null,
      organisationId: plan.organisationId,
      action: "plans.transition",
      entityType: "plan",
      entityId: planId,
      summary: { from, ...transition },
      apiToken: viewer?.apiToken,
      requestId,
    });
    return { ok: true };
  });
}
