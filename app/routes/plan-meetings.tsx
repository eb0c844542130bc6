import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { orRespond } from "../lib/route-errors.ts";
import { loadViewer } from "../modules/accounts/index.server.ts";
import { listMeetingRoundsForPlan } from "../modules/dialogue/index.server.ts";
import type { Route } from "./+types/plan-meetings";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "meetings.title") }];

/** The meeting rounds of a public plan and their published summaries, for everyone. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const rounds = await orRespond(() =>
    listMeetingRoundsForPlan(context.services.database.db, viewer, params.id),
  );
  return { rounds };
}

export default function PlanMeetings({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/plans/${params.id}`}>{t("meetings.planLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("meetings.title")}
      </Heading>
      {loaderData.rounds.length === 0 ? <Paragraph>{t("meetings.noPublicRounds")}</Paragraph> : null}
      <ul className="meeting-rounds" id="meeting-rounds">
        {loaderData.rounds.map((round) => (
          <li key={round.id}>
            <Heading variant="h2" mt="m" mb="xs">
              <Link to={`/${locale}/plans/${params.id}/meetings/${round.id}`}>
                <TranslatedText value={round.title} locale={locale} />
              </Link>
            </Heading>
            <p>
              {t(`meetings.states.${round.state}`)}
              {round.state === "open"
                ? ` · ${t("meetings.deadline", { time: formatDate(locale, new Date(round.bookingDeadline), true) })}`
                : null}
            </p>
            {round.summary && round.summaryPublishedAt ? (
              <>
                <p className="muted">
                  {t("meetings.summaryPublished", {
                    time: formatDate(locale, new Date(round.summaryPublishedAt)),
                  })}
                </p>
                <p className="wrap">
                  <TranslatedText value={round.summary} locale={locale} />
                </p>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
