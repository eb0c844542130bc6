import type { Hono } from "hono";
import { AppError } from "../../lib/app-error.ts";
import { applyMergePatch } from "../../lib/json-merge-patch.ts";
import { updatePlan } from "../plans/index.server.ts";
import { planFieldErrors, planInputFields, planInputSchema, planSnapshotToInput } from "../plans/index.ts";
import type { WriteOptions, WriteServices } from "./api-write.server.ts";
import {
  fieldErrors,
  openPlanWrite,
  planWritten,
  refusedWrite,
  unknownFields,
} from "./api-write-support.server.ts";
import { type ApiEnv, problem } from "./http-responses.ts";

const readOnlyHint =
  "status, hilmaNotice, contractEnd and cancelReason change through POST /api/v1/plans/{id}/transitions.";

/**
 * `PATCH /plans/{id}`: a JSON merge patch (RFC 7396) over the plan's fields in POST's shape, checked by
 * the same schema and saved by the same command as the edit form. A change to a public plan needs
 * `changeReason` ("what changed and why"), which goes into its public version history.
 */
export function registerPatchPlan(api: Hono<ApiEnv>, services: WriteServices, options: WriteOptions) {
  const { db } = services.database;
  api.patch("/plans/:id", async (c) => {
    const opened = await openPlanWrite(c, db, options.publicPlanEtag);
    if (opened instanceof Response) return opened;
    const { viewer, planId, body, precondition } = opened;

    const { changeReason, ...patch } = body;
    const unknown = unknownFields(patch, planInputFields);
    if (changeReason !== undefined && changeReason !== null && typeof changeReason !== "string")
      unknown.changeReason = "validation.invalid";
    if (Object.keys(unknown).length > 0) return fieldErrors(c, "Invalid plan", unknown, readOnlyHint);
    try {
      const result = await updatePlan({
        services,
        viewer,
        planId,
        // Merged over the plan as it is inside the command's transaction, so no concurrent change is lost.
        input: (current) => {
          const parsed = planInputSchema.safeParse(applyMergePatch(planSnapshotToInput(current), patch));
          return parsed.success
            ? { ok: true, input: parsed.data }
            : { ok: false, errors: planFieldErrors(parsed.error) };
        },
        precondition,
        ...(typeof changeReason === "string" ? { reason: changeReason } : {}),
        requestId: c.get("requestId"),
      });
      if (!result.ok)
        return "refused" in result
          ? refusedWrite(c, result.refused)
          : fieldErrors(c, "Invalid plan", result.errors);
    } catch (error) {
      if (error instanceof AppError && error.code === "forbidden")
        return problem(c, 403, { type: "forbidden", title: "The token may not change this plan" });
      if (error instanceof AppError && error.code === "not_found")
        return problem(c, 404, { type: "not-found", title: "Not found" });
      throw error;
    }
    return planWritten(c, services, viewer, planId);
  });
}
