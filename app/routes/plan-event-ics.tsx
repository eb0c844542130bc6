import { isLocale } from "../i18n/locales.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { getRegistrationIcal } from "../modules/dialogue/index.server.ts";
import type { Route } from "./+types/plan-event-ics";

/** The calendar file of the viewer's company's confirmed registration (RFC 5545); only the company gets it. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const calendar = await orRespond(() =>
    getRegistrationIcal(context.services.database.db, viewer, {
      planId: params.id,
      eventId: params.eventId,
      locale: isLocale(params.lang) ? params.lang : "fi",
      publicUrl: context.services.publicUrl,
    }),
  );
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="event.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
