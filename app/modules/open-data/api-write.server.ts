import type { Hono } from "hono";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import { createPlan } from "../plans/index.server.ts";
import { planFieldErrors, planInputFields, planInputSchema } from "../plans/index.ts";
import { registerPatchPlan } from "./api-patch-plan.server.ts";
import { registerTransitionPlan } from "./api-transition-plan.server.ts";
import {
  fieldErrors,
  jsonObjectBody,
  type PublicPlanEtag,
  unknownFields,
  viewerOfToken,
} from "./api-write-support.server.ts";
import { type ApiEnv, problem } from "./http-responses.ts";

export type WriteServices = Pick<Services, "database" | "publicUrl">;
export type WriteOptions = {
  /** The ETag that GET /plans/{id} gives the plan now (null when it is not public); If-Match may name it. */
  publicPlanEtag: PublicPlanEtag;
};

/**
 * The write API with an organisation's API token: `POST /plans`, `PATCH /plans/{id}` and
 * `POST /plans/{id}/transitions`. The same schemas and commands as the workspace forms, so validation,
 * authorization, versions and audit are the same; field errors come back as catalogue keys.
 */
export function registerWriteRoutes(api: Hono<ApiEnv>, services: WriteServices, options: WriteOptions) {
  api.post("/plans", async (c) => {
    const viewer = await viewerOfToken(c, services.database.db);
    if (viewer instanceof Response) return viewer;
    const body = await jsonObjectBody(c);
    if (body instanceof Response) return body;
    const unknown = unknownFields(body, planInputFields);
    if (Object.keys(unknown).length > 0) return fieldErrors(c, "Unknown fields", unknown);
    const parsed = planInputSchema.safeParse(body);
    if (!parsed.success) return fieldErrors(c, "Invalid plan", planFieldErrors(parsed.error));
    const organisationId = viewer.activeOrganisationId ?? "";
    try {
      const result = await createPlan({
        services,
        viewer,
        organisationId,
        input: parsed.data,
        requestId: c.get("requestId"),
      });
      if (!result.ok) return fieldErrors(c, "Invalid plan", result.errors);
      const url = `${services.publicUrl}/api/v1/plans/${result.planId}`;
      return c.json({ data: { id: result.planId, url } }, 201, { Location: url });
    } catch (error) {
      if (error instanceof AppError && error.code === "forbidden")
        return problem(c, 403, { type: "forbidden", title: "The token may not do this" });
      throw error;
    }
  });
  registerPatchPlan(api, services, options);
  registerTransitionPlan(api, services, options);
}
