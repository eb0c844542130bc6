import type { Hono } from "hono";
import { AppError } from "../../lib/app-error.ts";
import { transitionPlan } from "../plans/index.server.ts";
import { allowedTransitions, isPlanStatus, planFieldErrors, transitionSchema } from "../plans/index.ts";
import type { WriteOptions, WriteServices } from "./api-write.server.ts";
import {
  fieldErrors,
  openPlanWrite,
  planWritten,
  refusedWrite,
  unknownFields,
} from "./api-write-support.server.ts";
import { type ApiEnv, problem } from "./http-responses.ts";

const transitionFields = ["to", "hilmaNotice", "contractEnd", "reason", "cancelReason"];

/**
 * `POST /plans/{id}/transitions`: moves the plan to another lifecycle stage with the lifecycle form's
 * schema and command (`{ to, hilmaNotice?, contractEnd?, reason? }`; `cancelReason` is accepted for
 * `reason`). A move the state machine does not allow is a 409 that lists the allowed ones.
 */
export function registerTransitionPlan(api: Hono<ApiEnv>, services: WriteServices, options: WriteOptions) {
  const { db } = services.database;
  api.post("/plans/:id/transitions", async (c) => {
    const opened = await openPlanWrite(c, db, options.publicPlanEtag);
    if (opened instanceof Response) return opened;
    const { viewer, planId, body, precondition } = opened;

    const unknown = unknownFields(body, transitionFields);
    if (Object.keys(unknown).length > 0) return fieldErrors(c, "Invalid transition", unknown);
    const { cancelReason, ...given } = body;
    // A missing extra field counts as empty, so its error is the field's own ("give the Hilma notice").
    const raw = { hilmaNotice: "", contractEnd: "", reason: cancelReason ?? "", ...given };
    const parsed = transitionSchema.safeParse(raw);
    if (!parsed.success) return fieldErrors(c, "Invalid transition", planFieldErrors(parsed.error));
    try {
      const result = await transitionPlan({
        services,
        viewer,
        planId,
        transition: parsed.data,
        precondition,
        requestId: c.get("requestId"),
      });
      if (!result.ok && result.error !== "plans.errors.transitionNotAllowed")
        return refusedWrite(c, result.error);
      if (!result.ok) {
        const { from } = result;
        const allowed = isPlanStatus(from) ? allowedTransitions(from) : [];
        return problem(c, 409, {
          type: "transition-not-allowed",
          title: "The plan cannot move to this status",
          detail:
            allowed.length > 0
              ? `A plan in status "${from}" can move to: ${allowed.join(", ")}.`
              : `A plan in status "${from}" is final and cannot move.`,
          errors: [{ name: "to", reason: result.error }],
        });
      }
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
