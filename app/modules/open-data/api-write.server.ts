import type { Hono } from "hono";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import { createPlan } from "../plans/create-plan.server.ts";
import { planFieldErrors, planInputSchema } from "../plans/schemas.ts";
import { authenticateApiToken } from "./authenticate-api-token.server.ts";
import { problem } from "./http-responses.ts";

/**
 * The write API: `POST /plans` with an organisation's API token. The same schema and command as the
 * form, so validation and authorization are the same; field errors come back as catalogue keys.
 */
export function registerWriteRoutes(api: Hono, services: Pick<Services, "database" | "publicUrl">) {
  api.post("/plans", async (c) => {
    const viewer = await authenticateApiToken(services.database.db, c.req.header("authorization"));
    if (!viewer) {
      c.header("WWW-Authenticate", 'Bearer realm="hankintasilta"');
      return problem(c, 401, { type: "unauthorized", title: "A valid API token is required" });
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return problem(c, 400, { type: "invalid-body", title: "The body is not JSON" });
    }
    const parsed = planInputSchema.safeParse(body);
    const fieldErrors = (errors: Record<string, string>) =>
      problem(c, 400, {
        type: "invalid-body",
        title: "Invalid plan",
        errors: Object.entries(errors).map(([name, reason]) => ({ name, reason })),
      });
    if (!parsed.success) return fieldErrors(planFieldErrors(parsed.error));
    const organisationId = viewer.activeOrganisationId ?? "";
    try {
      const result = await createPlan({ services, viewer, organisationId, input: parsed.data });
      if (!result.ok) return fieldErrors(result.errors);
      const url = `${services.publicUrl}/api/v1/plans/${result.planId}`;
      return c.json({ data: { id: result.planId, url } }, 201, { Location: url });
    } catch (error) {
      if (error instanceof AppError && error.code === "forbidden")
        return problem(c, 403, { type: "forbidden", title: "The token may not do this" });
      throw error;
    }
  });
}
