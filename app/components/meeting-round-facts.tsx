import { useTranslation } from "react-i18next";
import { Heading } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import { intlLocales, type Locale, timeZone } from "../i18n/locales.ts";
import type { TextByLanguage } from "../lib/pick-translation.ts";
import { TranslatedText } from "./translated-text.tsx";

/** What every meeting page says of a round: its agenda, place or link and booking deadline. */
export function MeetingRoundFacts({
  round,
  locale,
}: {
  round: {
    agenda: TextByLanguage;
    place: string | null;
    onlineUrl: string | null;
    bookingDeadline: string | Date;
  };
  locale: Locale;
}) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts">
        {round.place ? (
          <>
            <dt>{t("meetings.where")}</dt>
            <dd>{round.place}</dd>
          </>
        ) : null}
        {round.onlineUrl ? (
          <>
            <dt>{t("meetings.online")}</dt>
            <dd>
              <a href={round.onlineUrl} rel="noopener noreferrer">
                {round.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <p>{t("meetings.deadline", { time: formatDate(locale, new Date(round.bookingDeadline), true) })}</p>
      <Heading variant="h2" mt="m" mb="s">
        {t("meetings.agendaTitle")}
      </Heading>
      <p className="wrap">
        <TranslatedText value={round.agenda} locale={locale} />
      </p>
    </>
  );
}

/** A slot's time as the pages show it: "10.12.2026 klo 10.00–10.30". */
export function slotTime(locale: Locale, startsAt: string | Date, endsAt: string | Date): string {
  const end = new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone,
    timeStyle: "short",
  }).format(new Date(endsAt));
  return `${formatDate(locale, new Date(startsAt), true)}–${end}`;
}
