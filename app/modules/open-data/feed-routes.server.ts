import type { Context, Hono } from "hono";
import type { z } from "zod";
import { finnishDay } from "../../i18n/format.ts";
import type { Services } from "../../services.ts";
import {
  planDownloadParameters,
  planFeedParameters,
  queryObject,
  toPublicFilters,
} from "./api-parameters.ts";
import { encodeCursor } from "./cursor.ts";
import { type ApiEnv, conditionalBody, invalidParameters } from "./http-responses.ts";
import { dataLicense } from "./ocds-packages.ts";
import { publicPlansAtom } from "./plan-atom.ts";
import { publicPlansCsv, publicPlansXlsx } from "./plan-downloads.ts";
import { publicPlansIcal } from "./plan-ical.ts";
import { publicPlanRow } from "./plan-table.ts";
import { listPublicPlans, type PublicPlan } from "./public-plan-queries.server.ts";

type FeedServices = Pick<Services, "database" | "publicUrl">;

/**
 * The public plans as Atom, iCalendar, CSV and XLSX: the same filters as `GET /plans` (and the public
 * forward plan), newest change first, paged with `cursor`; a next page is announced in a `Link` header.
 */
export function registerFeedRoutes(api: Hono<ApiEnv>, services: FeedServices) {
  const base = services.publicUrl;
  const startedAt = new Date();

  async function readPlans<S extends typeof planFeedParameters | typeof planDownloadParameters>(
    c: Context,
    schema: S,
  ): Promise<{ parameters: z.output<S>; plans: PublicPlan[]; headers: Record<string, string> } | Response> {
    const parsed = schema.safeParse(queryObject(c.req.url));
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const parameters = parsed.data as z.output<S>;
    const { plans, hasMore } = await listPublicPlans(services.database.db, {
      filters: toPublicFilters(parameters),
      ...(parameters.cursor ? { cursor: parameters.cursor } : {}),
      limit: parameters.limit,
      direction: "desc",
    });
    const headers: Record<string, string> = {
      "Access-Control-Expose-Headers": "Link, ETag, Last-Modified",
    };
    const links = [`<${dataLicense}>; rel="license"`];
    const last = plans[plans.length - 1];
    if (hasMore && last) {
      const next = new URL(c.req.path, base);
      for (const [key, value] of new URL(c.req.url).searchParams)
        if (key !== "cursor") next.searchParams.append(key, value);
      next.searchParams.set("cursor", encodeCursor({ updatedAt: last.updatedAtText, id: last.id }));
      links.push(`<${next.toString()}>; rel="next"`);
    }
    headers.Link = links.join(", ");
    return { parameters, plans, headers };
  }

  const lastModifiedOf = (plans: PublicPlan[]) =>
    plans.length > 0 ? new Date(Math.max(...plans.map((plan) => plan.updatedAt.getTime()))) : startedAt;
  const selfUrl = (c: Context) => `${base}${c.req.path}${new URL(c.req.url).search}`;
  const attachment = (name: string) => `attachment; filename="${name}"`;
  const today = () => finnishDay();

  api.get("/plans.atom", async (c) => {
    const result = await readPlans(c, planFeedParameters);
    if (result instanceof Response) return result;
    const { plans, parameters, headers } = result;
    const updated = lastModifiedOf(plans);
    const body = publicPlansAtom({
      plans,
      locale: parameters.lang,
      publicUrl: base,
      selfUrl: selfUrl(c),
      updated,
    });
    return conditionalBody(c, body, {
      lastModified: updated,
      contentType: "application/atom+xml; charset=utf-8",
      headers,
    });
  });

  api.get("/plans.ics", async (c) => {
    const result = await readPlans(c, planFeedParameters);
    if (result instanceof Response) return result;
    const { plans, parameters, headers } = result;
    const body = publicPlansIcal({ plans, locale: parameters.lang, publicUrl: base });
    return conditionalBody(c, body, {
      lastModified: lastModifiedOf(plans),
      contentType: "text/calendar; charset=utf-8",
      headers: { ...headers, "Content-Disposition": 'inline; filename="hankintasilta.ics"' },
    });
  });

  const rows = (plans: PublicPlan[]) =>
    plans.map((plan) => publicPlanRow(plan, { pageUrl: `${base}/fi/plans/${plan.id}` }));

  api.get("/plans.csv", async (c) => {
    const result = await readPlans(c, planDownloadParameters);
    if (result instanceof Response) return result;
    const { plans, headers } = result;
    return conditionalBody(c, publicPlansCsv(rows(plans)), {
      lastModified: lastModifiedOf(plans),
      contentType: "text/csv; charset=utf-8; header=present",
      headers: { ...headers, "Content-Disposition": attachment(`hankintasuunnitelmat-${today()}.csv`) },
    });
  });

  api.get("/plans.xlsx", async (c) => {
    const result = await readPlans(c, planDownloadParameters);
    if (result instanceof Response) return result;
    const { plans, headers } = result;
    const table = rows(plans);
    const body = await publicPlansXlsx(table, { source: selfUrl(c) });
    return conditionalBody(c, body, {
      etagSource: `xlsx ${JSON.stringify(table)}`,
      lastModified: lastModifiedOf(plans),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      headers: { ...headers, "Content-Disposition": attachment(`hankintasuunnitelmat-${today()}.xlsx`) },
    });
  });
}
