import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { TextByLanguage } from "../lib/pick-translation.ts";
import { TranslatedText } from "./translated-text.tsx";

type ListedEvent = {
  id: string;
  planId: string;
  title: TextByLanguage;
  kind: string;
  state: string;
  startsAt: string | Date;
};

function EventList({ events, locale, id }: { events: ListedEvent[]; locale: Locale; id: string }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list" id={id}>
      {events.map((event) => (
        <li key={event.id}>
          <Link to={`/${locale}/plans/${event.planId}/events/${event.id}`}>
            <TranslatedText value={event.title} locale={locale} />
          </Link>
          {` · ${t(`events.kinds.${event.kind}`)} · ${formatDate(locale, new Date(event.startsAt), true)}`}
          {event.state === "cancelled" ? ` · ${t("events.states.cancelled")}` : null}
        </li>
      ))}
    </ul>
  );
}

/** The public plan page's events (published or cancelled); nothing when there are none. */
export function PlanEventsSection({ locale, events }: { locale: Locale; events: ListedEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="plan-events-title">
      <Heading variant="h2" id="plan-events-title" mt="xl" mb="s">
        {t("events.title")}
      </Heading>
      <EventList events={events} locale={locale} id="plan-events" />
    </section>
  );
}

/** An organisation's upcoming events on its page; nothing when there are none. */
export function OrganisationEventsSection({ locale, events }: { locale: Locale; events: ListedEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="organisation-events-title">
      <Heading variant="h2" id="organisation-events-title" mt="l" mb="s">
        {t("events.organisationTitle")}
      </Heading>
      <EventList events={events} locale={locale} id="organisation-events" />
    </section>
  );
}

/** The company home's registrations (with their status); nothing when there are none. */
export function CompanyEventRegistrations({
  locale,
  registrations,
}: {
  locale: Locale;
  registrations: {
    eventId: string;
    planId: string;
    title: TextByLanguage;
    startsAt: string | Date;
    status: string;
  }[];
}) {
  const { t } = useTranslation();
  if (registrations.length === 0) return null;
  return (
    <section aria-labelledby="home-events-title">
      <Heading variant="h2" id="home-events-title" mt="l" mb="s">
        {t("events.companyHomeTitle")}
      </Heading>
      <ul className="compact-list" id="home-events">
        {registrations.map((registration) => (
          <li key={registration.eventId}>
            <Link to={`/${locale}/plans/${registration.planId}/events/${registration.eventId}`}>
              <TranslatedText value={registration.title} locale={locale} />
            </Link>
            {` · ${formatDate(locale, new Date(registration.startsAt), true)} · ${t(`events.statuses.${registration.status}`)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
