import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import type { Services } from "../../services.ts";
import { listPublicDialogue, listPublishedQuestions } from "../dialogue/index.server.ts";
import { attachmentResponse, getPublicAttachment, listPublicPlanVersions } from "../plans/index.server.ts";
import { registerCompanyRoutes } from "./api-companies.server.ts";
import { registerDraftRoutes } from "./api-drafts.server.ts";
import { registerEformsRoutes } from "./api-eforms.server.ts";
import {
  noParameters,
  planListParameters,
  queryObject,
  releaseListParameters,
  toPublicFilters,
  uuidParameter,
} from "./api-parameters.ts";
import { registerRfiRoutes } from "./api-rfis.server.ts";
import { registerWatchRoutes } from "./api-watches.server.ts";
import { registerWriteRoutes } from "./api-write.server.ts";
import { encodeCursor, encodeReleaseCursor } from "./cursor.ts";
import { registerEventFeedRoutes } from "./event-feed-routes.server.ts";
import { registerFeedRoutes } from "./feed-routes.server.ts";
import { type ApiEnv, conditionalJson, etagOf, invalidParameters, notFound } from "./http-responses.ts";
import { planReleaseHistory } from "./ocds-history.ts";
import { dataLicense, dataLicenseName, recordPackage, releasePackage } from "./ocds-packages.ts";
import { planIdFromOcid, planOcid, planToRelease, releasedAt } from "./ocds-release.ts";
import { openApiDocument } from "./openapi.ts";
import { planJson } from "./plan-json.ts";
import {
  getPublicPlan,
  listPublicPlans,
  listReleasablePlans,
  type PublicPlan,
} from "./public-plan-queries.server.ts";
import { questionJson } from "./question-json.ts";
import { publicResponseCache } from "./response-cache.server.ts";

type ApiServices = Pick<Services, "database" | "publicUrl" | "ocdsOcidPrefix" | "auth">;

/**
 * The open data API under /api/v1: public plans as JSON and OCDS, and its OpenAPI document. Every query
 * reads public plans from the plans module (its publicPlansOnly(), through public-plan-queries); GET answers carry ETag, Last-Modified, CORS
 * for any origin (no credentials) and the data licence.
 */
export function createApiV1(services: ApiServices) {
  const api = new Hono<ApiEnv>();
  const startedAt = new Date();
  const { db } = services.database;
  const base = services.publicUrl;
  const meta = { license: dataLicense, licenseName: dataLicenseName, publisher: "Hankintasilta" };

  api.use("*", async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") {
      return cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], maxAge: 86_400 })(c, next);
    }
    return next();
  });
  // Kept until public plan data changes: everything but the company directory (its own tables) and the
  // caller's watches (personal).
  api.use("*", publicResponseCache(db, { skip: (path) => /\/(companies|watches)(\/|$)/.test(path) }));
  registerCompanyRoutes(api, { db, base });
  registerWatchRoutes(api, { db, auth: services.auth, base });
  registerDraftRoutes(api, { services, base, meta, startedAt });
  registerEventFeedRoutes(api, services);
  registerRfiRoutes(api, { db, base });

  const latest = (plans: PublicPlan[]) =>
    new Date(Math.max(...plans.map((plan) => plan.updatedAt.getTime())));
  const lastModifiedOf = (plans: PublicPlan[]) => (plans.length > 0 ? latest(plans) : startedAt);
  const nextLink = (
    c: Context,
    plans: PublicPlan[],
    hasMore: boolean,
    cursorOf = (last: PublicPlan) => encodeCursor({ updatedAt: last.updatedAtText, id: last.id }),
  ) => {
    const last = plans[plans.length - 1];
    if (!hasMore || !last) return null;
    const url = new URL(c.req.path, base);
    for (const [key, value] of new URL(c.req.url).searchParams)
      if (key !== "cursor") url.searchParams.append(key, value);
    url.searchParams.set("cursor", cursorOf(last));
    return url.toString();
  };
  // One plan's document; the write API compares If-Match with its ETag too.
  const planDocument = (plan: PublicPlan) => ({
    meta,
    links: { self: `${base}/api/v1/plans/${plan.id}` },
    data: planJson(plan, { publicUrl: base, ocid: planOcid(services.ocdsOcidPrefix, plan.id) }),
  });
  const selfLink = (c: Context) => `${base}${c.req.path}${new URL(c.req.url).search}`;

  api.get("/openapi.json", (c) => {
    const parsed = noParameters.safeParse(c.req.query());
    if (!parsed.success) return invalidParameters(c, parsed.error);
    return conditionalJson(c, openApiDocument(base), {
      lastModified: startedAt,
      contentType: "application/vnd.oai.openapi+json; charset=utf-8",
    });
  });

  api.get("/plans", async (c) => {
    const parsed = planListParameters.safeParse(queryObject(c.req.url));
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const { cursor, limit } = parsed.data;
    const { plans, hasMore } = await listPublicPlans(db, {
      filters: toPublicFilters(parsed.data),
      ...(cursor ? { cursor } : {}),
      limit,
      direction: "desc",
    });
    const ocid = (plan: PublicPlan) => planOcid(services.ocdsOcidPrefix, plan.id);
    return conditionalJson(
      c,
      {
        meta,
        links: { self: selfLink(c), next: nextLink(c, plans, hasMore) },
        data: plans.map((plan) => planJson(plan, { publicUrl: base, ocid: ocid(plan) })),
      },
      { lastModified: lastModifiedOf(plans) },
    );
  });

  api.get("/plans/:id", async (c) => {
    const parsed = noParameters.safeParse(c.req.query());
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const id = uuidParameter.safeParse(c.req.param("id"));
    const plan = id.success ? await getPublicPlan(db, id.data) : null;
    if (!plan) return notFound(c);
    return conditionalJson(c, planDocument(plan), { lastModified: plan.updatedAt });
  });

  // The plan's published questions and answers (market dialogue), oldest first; only while it is public.
  api.get("/plans/:id/questions", async (c) => {
    const parsed = noParameters.safeParse(c.req.query());
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const id = uuidParameter.safeParse(c.req.param("id"));
    const plan = id.success ? await getPublicPlan(db, id.data) : null;
    if (!plan) return notFound(c);
    const questions = await listPublishedQuestions(db, {
      planIds: [plan.id],
      locale: "fi",
      publicOnly: true,
    });
    return conditionalJson(
      c,
      {
        meta,
        links: { self: `${base}/api/v1/plans/${plan.id}/questions` },
        data: questions.map(questionJson),
      },
      {
        lastModified: questions.reduce(
          (last, q) => (new Date(q.publishedAt) > last ? new Date(q.publishedAt) : last),
          startedAt,
        ),
      },
    );
  });

  // The same file as /:lang/plans/:id/attachments/:attachmentId: only while the plan is public.
  api.get("/plans/:id/attachments/:attachmentId", async (c) => {
    const parsed = noParameters.safeParse(c.req.query());
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const file = await getPublicAttachment(db, c.req.param("id"), c.req.param("attachmentId"));
    if (!file) return notFound(c);
    return attachmentResponse(c.req.raw, file, { visibility: "public" });
  });

  api.get("/ocds/releases", async (c) => {
    const parsed = releaseListParameters.safeParse(c.req.query());
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const { cursor, limit } = parsed.data;
    const { plans, hasMore } = await listReleasablePlans(db, {
      ...(cursor ? { cursor } : {}),
      limit,
    });
    const publishedDate =
      plans.length > 0 ? new Date(Math.max(...plans.map((plan) => releasedAt(plan).getTime()))) : startedAt;
    // No Last-Modified: a plan that commits late joins a page after plans with later times (ADR 026),
    // so only the ETag can say whether a page changed.
    return conditionalJson(
      c,
      releasePackage({
        uri: selfLink(c),
        publicUrl: base,
        publishedDate,
        releases: await (async () => {
          const dialogue = await listPublicDialogue(db, {
            planIds: plans.map((plan) => plan.id),
            locale: "fi",
          });
          return plans.map((plan) =>
            planToRelease(plan, services.ocdsOcidPrefix, base, dialogue.get(plan.id)),
          );
        })(),
        next: nextLink(c, plans, hasMore, (last) =>
          encodeReleaseCursor({ seq: last.changeSeq, id: last.id }),
        ),
      }),
      { lastModified: null },
    );
  });

  api.get("/ocds/records/:ocid", async (c) => {
    const parsed = noParameters.safeParse(c.req.query());
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const planId = planIdFromOcid(services.ocdsOcidPrefix, c.req.param("ocid"));
    const plan = planId ? await getPublicPlan(db, planId) : null;
    if (!plan) return notFound(c);
    return conditionalJson(
      c,
      recordPackage({
        uri: selfLink(c),
        publicUrl: base,
        publishedDate: releasedAt(plan),
        releases: planReleaseHistory(
          plan,
          await listPublicPlanVersions(db, plan.id),
          services.ocdsOcidPrefix,
          base,
          (await listPublicDialogue(db, { planIds: [plan.id], locale: "fi" })).get(plan.id),
        ),
      }),
      { lastModified: releasedAt(plan) },
    );
  });

  registerFeedRoutes(api, services);
  registerEformsRoutes(api, services);
  registerWriteRoutes(api, services, {
    publicPlanEtag: async (reader, planId) => {
      const plan = await getPublicPlan(reader, planId);
      return plan ? etagOf(JSON.stringify(planDocument(plan))) : null;
    },
  });
  return api;
}
