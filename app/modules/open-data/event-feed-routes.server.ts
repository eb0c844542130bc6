import type { Hono } from "hono";
import { z } from "zod";
import type { Services } from "../../services.ts";
import { publicEventsIcal } from "../dialogue/index.server.ts";
import { queryObject } from "./api-parameters.ts";
import { type ApiEnv, conditionalBody, invalidParameters } from "./http-responses.ts";

// `GET /events.ics`: the public iCalendar feed of market-dialogue events (issue 13 point 2), from the
// dialogue module's calendar query: published and cancelled events of public plans, with the address
// only (never an online link) and no attendee or company data.

const eventFeedParameters = z.strictObject({
  lang: z.enum(["fi", "sv", "en"], "one of fi, sv, en").default("fi"),
});

/** Registers `/events.ics` on the API. */
export function registerEventFeedRoutes(
  api: Hono<ApiEnv>,
  services: Pick<Services, "database" | "publicUrl">,
) {
  api.get("/events.ics", async (c) => {
    const parsed = eventFeedParameters.safeParse(queryObject(c.req.url));
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const { body, lastModified } = await publicEventsIcal(services.database.db, {
      publicUrl: services.publicUrl,
      locale: parsed.data.lang,
    });
    return conditionalBody(c, body, {
      lastModified,
      contentType: "text/calendar; charset=utf-8",
      headers: { "Content-Disposition": 'inline; filename="hankintasilta-events.ics"' },
    });
  });
}
