import type { Hono } from "hono";
import { z } from "zod";
import { AppError } from "../../lib/app-error.ts";
import { noticeXml, prepareNotice } from "../notices/index.server.ts";
import { noticeTypeSchema } from "../notices/index.ts";
import { uuidParameter } from "./api-parameters.ts";
import type { WriteServices } from "./api-write.server.ts";
import { viewerOfToken } from "./api-write-support.server.ts";
import { type ApiEnv, invalidParameters, notFound, problem } from "./http-responses.ts";

// GET /api/v1/plans/{id}/eforms?type=E1|E2|PIN (issue 14 point 4): the plan's eForms notice for its own
// organisation's API tokens, as the notice page gives it: the XML, validated against the eForms schema,
// or a problem that lists what the plan lacks. `municipality` and `region` pick the buyer's municipality
// and the place of performance, as the page's pickers do.

const eformsParameters = z.strictObject({
  type: noticeTypeSchema,
  municipality: z
    .string()
    .regex(/^\d{3}$/, "a three-digit municipality code")
    .optional(),
  region: z
    .string()
    .regex(/^\d{2}$/, "a two-digit region code")
    .optional(),
});

export function registerEformsRoutes(api: Hono<ApiEnv>, services: WriteServices) {
  api.get("/plans/:id/eforms", async (c) => {
    const viewer = await viewerOfToken(c, services.database.db);
    if (viewer instanceof Response) return viewer;
    const parsed = eformsParameters.safeParse(c.req.query());
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const id = uuidParameter.safeParse(c.req.param("id"));
    if (!id.success) return notFound(c);
    try {
      const prepared = await prepareNotice({
        services,
        viewer,
        planId: id.data,
        type: parsed.data.type,
        places: { municipalityCode: parsed.data.municipality, regionCode: parsed.data.region },
      });
      const result = noticeXml(prepared);
      if (result.ok)
        return c.body(result.xml, 200, {
          "Content-Type": "application/xml; charset=utf-8",
          "Content-Disposition": `attachment; filename="${parsed.data.type}-${prepared.source.noticeId}.xml"`,
          "Cache-Control": "private, no-store",
        });
      const missing = "missing" in result ? result.missing : [];
      return problem(c, 422, {
        type: "notice-incomplete",
        title: "The plan lacks what the notice needs",
        detail:
          missing.length > 0
            ? `Missing: ${missing.map((field) => `${field.code}${field.lot ? ` (lot ${field.lot})` : ""}`).join(", ")}.`
            : "The notice did not pass the eForms schema.",
        errors: missing.map((field) => ({
          name: field.lot ? `${field.code}:${field.lot}` : field.code,
          reason: field.businessTerm,
        })),
      });
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return notFound(c);
      if (error instanceof AppError && error.code === "forbidden")
        return problem(c, 403, { type: "forbidden", title: "The token may not do this" });
      throw error;
    }
  });
}
