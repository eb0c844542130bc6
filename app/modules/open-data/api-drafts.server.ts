import type { Hono } from "hono";
import type { Services } from "../../services.ts";
import { listPublicDrafts } from "../dialogue/index.server.ts";
import { noParameters, uuidParameter } from "./api-parameters.ts";
import { draftJson } from "./draft-json.ts";
import { type ApiEnv, conditionalJson, invalidParameters, notFound } from "./http-responses.ts";
import { getPublicPlan } from "./public-plan-queries.server.ts";

/**
 * `/plans/{id}/drafts`: a public plan's drafts opened for comment, with their sections, the comments the
 * contracting authority has responded to (anonymous) and the published summaries; only while it is public.
 */
export function registerDraftRoutes(
  api: Hono<ApiEnv>,
  {
    services,
    base,
    meta,
    startedAt,
  }: {
    services: Pick<Services, "database">;
    base: string;
    meta: Record<string, string>;
    startedAt: Date;
  },
) {
  api.get("/plans/:id/drafts", async (c) => {
    const parsed = noParameters.safeParse(c.req.query());
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const id = uuidParameter.safeParse(c.req.param("id"));
    const plan = id.success ? await getPublicPlan(services.database.db, id.data) : null;
    if (!plan) return notFound(c);
    const drafts = await listPublicDrafts(services, plan.id);
    const times = drafts.flatMap((draft) => [
      draft.openedAt,
      draft.closedAt,
      draft.summaryPublishedAt,
      ...draft.sections.flatMap((section) => section.comments.map((comment) => comment.respondedAt)),
    ]);
    const lastModified = times.reduce<Date>((last, time) => (time && time > last ? time : last), startedAt);
    return conditionalJson(
      c,
      {
        meta,
        links: { self: `${base}/api/v1/plans/${plan.id}/drafts` },
        data: drafts.map((draft) => draftJson(draft, { publicUrl: base })),
      },
      { lastModified },
    );
  });
}
