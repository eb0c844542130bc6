import type { Hono } from "hono";
import type { Db } from "../../db/types.ts";
import { listPublicRfis, type PublicRfi } from "../dialogue/index.server.ts";
import { noParameters, uuidParameter } from "./api-parameters.ts";
import { type ApiEnv, conditionalJson, invalidParameters, notFound } from "./http-responses.ts";
import { dataLicense, dataLicenseName } from "./ocds-packages.ts";
import { getPublicPlan } from "./public-plan-queries.server.ts";

// GET /api/v1/plans/{id}/rfis: a public plan's requests for information as public data only — the
// title, period, questions, the number of responses and the published summary. Every field is named
// here; a company's answer never reaches it.

/** The public JSON of a request for information. */
export function rfiJson(rfi: PublicRfi) {
  return {
    id: rfi.id,
    title: rfi.title,
    intro: rfi.intro,
    state: rfi.state,
    opensAt: rfi.opensAt,
    closesAt: rfi.closesAt,
    questions: rfi.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      text: question.text,
      options: question.options,
      required: question.required,
    })),
    responseCount: rfi.responseCount,
    summary: rfi.summary,
    summaryPublishedAt: rfi.summaryPublishedAt,
  };
}

export function registerRfiRoutes(api: Hono<ApiEnv>, { db, base }: { db: Db; base: string }) {
  const meta = { license: dataLicense, licenseName: dataLicenseName, publisher: "Hankintasilta" };
  api.get("/plans/:id/rfis", async (c) => {
    const parsed = noParameters.safeParse(c.req.query());
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const id = uuidParameter.safeParse(c.req.param("id"));
    const plan = id.success ? await getPublicPlan(db, id.data) : null;
    if (!plan) return notFound(c);
    const rfis = await listPublicRfis(db, plan.id);
    return conditionalJson(
      c,
      { meta, links: { self: `${base}/api/v1/plans/${plan.id}/rfis` }, data: rfis.map(rfiJson) },
      // The response count changes without a date the public may see: only the ETag (of the body) tells,
      // so no Last-Modified that would answer If-Modified-Since with a stale 304.
      { lastModified: null },
    );
  });
}
