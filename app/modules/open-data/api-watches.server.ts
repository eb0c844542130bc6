import type { Hono } from "hono";
import type { Db } from "../../db/types.ts";
import { type Auth, getViewer } from "../accounts/index.server.ts";
import { listWatches } from "../watches/index.server.ts";
import { type ApiEnv, problem } from "./http-responses.ts";

/**
 * The caller's own watches (GET /api/v1/watches), for the person signed in with the session cookie:
 * personal data, so never cached and never shown to anyone else.
 */
export function registerWatchRoutes(
  api: Hono<ApiEnv>,
  { db, auth, base }: { db: Db; auth: Auth; base: string },
) {
  api.get("/watches", async (c) => {
    const viewer = await getViewer({ auth, db, headers: c.req.raw.headers });
    c.header("Cache-Control", "private, no-store");
    if (!viewer)
      return problem(c, 401, {
        type: "unauthorized",
        title: "Sign in to read your watches",
        detail: "This endpoint answers with the watches of the person signed in (session cookie).",
      });
    const watches = await listWatches(db, viewer);
    return c.json({
      links: { self: `${base}/api/v1/watches`, notifications: `${base}/${viewer.locale}/notifications` },
      data: watches.map((watch) => ({
        id: watch.id,
        name: watch.name,
        criteria: {
          cpv: watch.cpvCodes,
          regions: watch.regions,
          municipalities: watch.municipalities,
          organisations: watch.organisations,
          valueBands: watch.valueBands,
          keywords: watch.keywords,
        },
        events: watch.events,
        delivery: { instant: watch.instant, digest: watch.digest, unsubscribed: watch.unsubscribed },
        notifications: watch.notifications,
      })),
    });
  });
}
