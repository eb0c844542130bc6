import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { planSnapshotToInput } from "./plan-input.ts";
import { planFieldErrors, planInputSchema, type Visibility } from "./schemas.ts";
import { type UpdatePlanResult, updatePlan } from "./update-plan.server.ts";

/**
 * Publishes a plan, or makes it a draft or internal again: the publish step of the workspace (issue 12
 * point 12), which replaced the visibility field of the plan form. The plan's content is its current
 * snapshot, read under the row lock, so nothing else changes; updatePlan decides as for any change
 * (publishing makes the first public version; a public plan needs a reason to leave public view).
 * Field errors mean the saved plan no longer passes the form's rules and must be edited first.
 */
export function setPlanVisibility({
  services,
  viewer,
  planId,
  visibility,
  reason,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  visibility: Visibility;
  reason?: string;
  requestId?: string;
}): Promise<UpdatePlanResult> {
  return updatePlan({
    services,
    viewer,
    planId,
    reason,
    requestId,
    input: (current) => {
      const parsed = planInputSchema.safeParse({ ...planSnapshotToInput(current), visibility });
      return parsed.success
        ? { ok: true, input: parsed.data }
        : { ok: false, errors: planFieldErrors(parsed.error) };
    },
  });
}
