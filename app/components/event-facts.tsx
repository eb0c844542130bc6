import { useTranslation } from "react-i18next";
import { Heading } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { TextByLanguage } from "../lib/pick-translation.ts";
import { TranslatedText } from "./translated-text.tsx";

type FactsEvent = {
  kind: string;
  format: string;
  state: string;
  address: string | null;
  startsAt: string | Date;
  endsAt: string | Date;
  language: string;
  capacity: number;
  registrationClosesAt: string | Date;
  agenda: TextByLanguage;
};

/**
 * What every event page says of an event. `onlineUrl` is given only to those who may see it (a company
 * with a seat, the buyer); for an online event anyone else is told it is shown to registered companies.
 */
export function EventFacts({
  event,
  locale,
  onlineUrl,
}: {
  event: FactsEvent;
  locale: Locale;
  onlineUrl: string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts" id="event-facts">
        <dt>{t("events.facts.state")}</dt>
        <dd>{t(`events.states.${event.state}`)}</dd>
        <dt>{t("events.facts.kind")}</dt>
        <dd>{t(`events.kinds.${event.kind}`)}</dd>
        <dt>{t("events.facts.when")}</dt>
        <dd>
          {`${formatDate(locale, new Date(event.startsAt), true)} – ${formatDate(locale, new Date(event.endsAt), true)}`}
        </dd>
        <dt>{t("events.facts.format")}</dt>
        <dd>{t(`events.formats.${event.format}`)}</dd>
        {event.address ? (
          <>
            <dt>{t("events.facts.where")}</dt>
            <dd>{event.address}</dd>
          </>
        ) : null}
        {event.format !== "on-site" ? (
          <>
            <dt>{t("events.onlineLinkTitle")}</dt>
            <dd id="event-online-link">
              {onlineUrl ? (
                <a href={onlineUrl} rel="noopener noreferrer">
                  {onlineUrl}
                </a>
              ) : (
                t("events.onlineLinkHidden")
              )}
            </dd>
          </>
        ) : null}
        <dt>{t("events.facts.language")}</dt>
        <dd>{t(`events.languages.${event.language}`)}</dd>
        <dt>{t("events.facts.capacity")}</dt>
        <dd>{event.capacity}</dd>
        <dt>{t("events.facts.closes")}</dt>
        <dd>{formatDate(locale, new Date(event.registrationClosesAt), true)}</dd>
      </dl>
      <Heading variant="h2" mt="m" mb="s">
        {t("events.facts.agenda")}
      </Heading>
      <p className="wrap">
        <TranslatedText value={event.agenda} locale={locale} />
      </p>
    </>
  );
}

/** The published minutes and materials; nothing before they are published. */
export function EventMinutes({
  locale,
  minutes,
  materials,
  publishedAt,
}: {
  locale: Locale;
  minutes: TextByLanguage | null;
  materials: TextByLanguage | null;
  publishedAt: string | Date | null;
}) {
  const { t } = useTranslation();
  if (!minutes || !publishedAt) return null;
  return (
    <section aria-labelledby="event-minutes-heading" id="event-minutes">
      <Heading variant="h2" id="event-minutes-heading" mt="l" mb="s">
        {t("events.minutesTitle")}
      </Heading>
      <p className="muted">
        {t("events.minutesPublished", { time: formatDate(locale, new Date(publishedAt)) })}
      </p>
      <p className="wrap">
        <TranslatedText value={minutes} locale={locale} />
      </p>
      {materials ? (
        <>
          <Heading variant="h3" mt="m" mb="s">
            {t("events.materialsTitle")}
          </Heading>
          <p className="wrap">
            <TranslatedText value={materials} locale={locale} />
          </p>
        </>
      ) : null}
    </section>
  );
}
