import { getI18n } from "../i18n/i18n.ts";
import { isLocale } from "../i18n/locales.ts";
import { pickText } from "../lib/pick-translation.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { getMeetingIcal } from "../modules/dialogue/index.server.ts";
import type { Route } from "./+types/plan-meeting-ics";

/** The calendar file of the viewer's company's booking in a round (RFC 5545); only the company gets it. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { t } = getI18n(locale);
  const publicUrl = context.services.publicUrl;
  const calendar = await orRespond(() =>
    getMeetingIcal(context.services.database.db, viewer, {
      planId: params.id,
      roundId: params.roundId,
      locale,
      publicUrl,
      describe: (round) =>
        t("meetings.calendarDescription", {
          agenda: pickText(round.agenda, locale),
          url: round.onlineUrl ?? `${publicUrl}/${locale}/plans/${params.id}/meetings/${params.roundId}`,
        }),
    }),
  );
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="meeting.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
