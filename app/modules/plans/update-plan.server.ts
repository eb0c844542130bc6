import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { recordAudit } from "../audit/record-audit.server.ts";
import { assertAllowed } from "../organisations/policy.ts";
import type { SavePlanResult } from "./create-plan.server.ts";
import {
  appendVersion,
  diffSnapshots,
  loadPlanSnapshot,
  planColumns,
  writePlanChildren,
} from "./plan-record.server.ts";
import { checkPlanReferences, deriveValueBand } from "./plan-references.server.ts";
import { canEditPlansOf } from "./policy.ts";
import { changeReasonSchema, type PlanInput, planFieldErrors } from "./schemas.ts";
import { plansPlan } from "./tables.ts";

/**
 * Saves changes to a plan. A change to a plan that is (or was) public needs a reason and becomes a
 * public version listing what changed; publishing a plan makes its first version.
 */
export async function updatePlan({
  services,
  viewer,
  planId,
  input,
  reason,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  input: PlanInput;
  reason?: string;
  requestId?: string;
}): Promise<SavePlanResult> {
  const { db } = services.database;
  const [current] = await db.select().from(plansPlan).where(eq(plansPlan.id, planId));
  if (!current) throw new AppError("not_found");
  assertAllowed(canEditPlansOf(viewer, current.organisationId));
  const errors = await checkPlanReferences(db, input, current.organisationId);
  const wasPublic = current.visibility === "public";
  const checkedReason = changeReasonSchema.safeParse(reason);
  const trimmedReason = checkedReason.data ?? "";
  if (!checkedReason.success)
    errors.changeReason = planFieldErrors(checkedReason.error).form ?? "validation.invalid";
  else if (wasPublic && trimmedReason.length < 3) errors.changeReason = "plans.errors.changeReasonRequired";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const valueBand = await deriveValueBand(db, input);
  await db.transaction(async (tx) => {
    const before = await loadPlanSnapshot(tx, planId);
    const becomesPublic = input.visibility === "public" && !wasPublic;
    await tx
      .update(plansPlan)
      .set({
        ...planColumns(input, valueBand),
        updatedAt: new Date(),
        ...(becomesPublic && !current.publishedAt ? { publishedAt: new Date() } : {}),
      })
      .where(eq(plansPlan.id, planId));
    await writePlanChildren(tx, planId, input, current.organisationId);
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
  });
  return { ok: true, planId };
}
