import { eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import type { SavePlanResult } from "./create-plan.server.ts";
import { lockPlanForChange, type PlanPrecondition, type PlanRefusal } from "./lock-plan.server.ts";
import {
  appendVersion,
  diffSnapshots,
  loadPlanSnapshot,
  planColumns,
  writePlanChildren,
} from "./plan-record.server.ts";
import { checkPlanReferences, deriveValueBand } from "./plan-references.server.ts";
import type { PlanSnapshot } from "./plan-snapshot.ts";
import { changeReasonSchema, type PlanInput, planFieldErrors } from "./schemas.ts";
import { plansPlan } from "./tables.ts";

export type UpdatePlanResult = SavePlanResult | { ok: false; refused: PlanRefusal };

/**
 * The new content, or a function that makes it from the plan's current snapshot inside the transaction
 * (the write API's merge patch), returning field errors when the result is not a valid plan.
 */
export type PlanChange =
  | PlanInput
  | ((
      current: PlanSnapshot,
    ) => { ok: true; input: PlanInput } | { ok: false; errors: Record<string, string> });

/**
 * Saves changes to a plan. A change to a plan that is (or was) public needs a reason and becomes a
 * public version listing what changed; publishing a plan makes its first version. Decided with the plan
 * row locked: an archived plan is refused, and so is a change whose `precondition` no longer holds.
 */
export async function updatePlan({
  services,
  viewer,
  planId,
  input,
  reason,
  precondition,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  input: PlanChange;
  reason?: string;
  precondition?: PlanPrecondition;
  requestId?: string;
}): Promise<UpdatePlanResult> {
  return services.database.db.transaction(async (tx): Promise<UpdatePlanResult> => {
    const current = await lockPlanForChange(tx, viewer, planId);
    if (current.archivedAt) return { ok: false, refused: "plans.errors.archived" };
    const before = await loadPlanSnapshot(tx, planId);
    if (precondition && !(await precondition(tx, before)))
      return { ok: false, refused: "plans.errors.changed" };
    const change = typeof input === "function" ? input(before) : ({ ok: true, input } as const);
    if (!change.ok) return change;
    const errors = await checkPlanReferences(tx, change.input, current.organisationId);
    const wasPublic = current.visibility === "public";
    const checkedReason = changeReasonSchema.safeParse(reason);
    const trimmedReason = checkedReason.data ?? "";
    if (!checkedReason.success)
      errors.changeReason = planFieldErrors(checkedReason.error).form ?? "validation.invalid";
    else if (wasPublic && trimmedReason.length < 3) errors.changeReason = "plans.errors.changeReasonRequired";
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    const valueBand = await deriveValueBand(tx, change.input);
    const becomesPublic = change.input.visibility === "public" && !wasPublic;
    await tx
      .update(plansPlan)
      .set({
        ...planColumns(change.input, valueBand),
        updatedAt: new Date(),
        ...(becomesPublic && !current.publishedAt ? { publishedAt: new Date() } : {}),
      })
      .where(eq(plansPlan.id, planId));
    await writePlanChildren(tx, planId, change.input, current.organisationId);
    const after = await loadPlanSnapshot(tx, planId);
    const changes = diffSnapshots(before, after);
    if ((wasPublic || becomesPublic) && Object.keys(changes).length > 0) {
      await appendVersion(tx, {
        planId,
        actorId: viewer?.userId ?? null,
        reason: trimmedReason || null,
        changes: becomesPublic && !wasPublic ? {} : changes,
        snapshot: after,
      });
    }
    await recordAudit(tx, {
      actorId: viewer?.userId ?? null,
      organisationId: current.organisationId,
      action: "plans.update",
      entityType: "plan",
      entityId: planId,
      summary: { changed: Object.keys(changes), reason: trimmedReason || undefined },
      apiToken: viewer?.apiToken,
      requestId,
    });
    return { ok: true, planId };
  });
}
