import { eq } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { recordAudit } from "../audit/record-audit.server.ts";
import { assertAllowed } from "../organisations/policy.ts";
import { canTransition, isPlanStatus } from "./lifecycle.ts";
import { appendVersion, diffSnapshots, loadPlanSnapshot } from "./plan-record.server.ts";
import { canEditPlansOf } from "./policy.ts";
import type { transitionSchema } from "./schemas.ts";
import { plansPlan } from "./tables.ts";

export type TransitionResult = { ok: true } | { ok: false; error: "plans.errors.transitionNotAllowed" };

/** Moves a plan to another stage of its lifecycle; audited, and a public version when the plan is public. */
export async function transitionPlan({
  services,
  viewer,
  planId,
  transition,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  transition: z.output<typeof transitionSchema>;
  requestId?: string;
}): Promise<TransitionResult> {
  const { db } = services.database;
  const [plan] = await db.select().from(plansPlan).where(eq(plansPlan.id, planId));
  if (!plan) throw new AppError("not_found");
  assertAllowed(canEditPlansOf(viewer, plan.organisationId));
  if (!isPlanStatus(plan.status) || !canTransition(plan.status, transition.to)) {
    return { ok: false, error: "plans.errors.transitionNotAllowed" };
  }
  await db.transaction(async (tx) => {
    const before = await loadPlanSnapshot(tx, planId);
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
      summary: { from: plan.status, ...transition },
      apiToken: viewer?.apiToken,
      requestId,
    });
  });
  return { ok: true };
}
