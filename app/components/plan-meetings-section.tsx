import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { TextByLanguage } from "../lib/pick-translation.ts";
import { TranslatedText } from "./translated-text.tsx";

/** The public plan page's list of meeting rounds (opened or closed); nothing when there are none. */
export function PlanMeetingsSection({
  locale,
  planId,
  rounds,
}: {
  locale: Locale;
  planId: string;
  rounds: { id: string; title: TextByLanguage; state: string; bookingDeadline: string | Date }[];
}) {
  const { t } = useTranslation();
  if (rounds.length === 0) return null;
  return (
    <section aria-labelledby="plan-meetings-title">
      <Heading variant="h2" id="plan-meetings-title" mt="xl" mb="s">
        {t("meetings.title")}
      </Heading>
      <ul className="plain-list">
        {rounds.map((round) => (
          <li key={round.id}>
            <Link to={`/${locale}/plans/${planId}/meetings/${round.id}`}>
              <TranslatedText value={round.title} locale={locale} />
            </Link>
            {" · "}
            {round.state === "open"
              ? t("meetings.deadline", { time: formatDate(locale, new Date(round.bookingDeadline), true) })
              : t(`meetings.states.${round.state}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
