import { useTranslation } from "react-i18next";
import { data, Form, Link } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { NativeSelect } from "../components/native-select.tsx";
import { Pager } from "../components/pager.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { calendarPageSize, listEventCalendar } from "../modules/dialogue/index.server.ts";
import { eventCalendarFiltersSchema, eventKinds } from "../modules/dialogue/index.ts";
import { listRegions } from "../modules/reference-data/index.server.ts";
import type { Route } from "./+types/events";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "events.calendarTitle") },
];

const filterNames = ["region", "organisation", "kind", "month"] as const;

/** The public calendar of market-dialogue events, filtered by region, organiser, kind and month. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const search = new URL(request.url).searchParams;
  const parsed = eventCalendarFiltersSchema.safeParse(
    Object.fromEntries(
      [...filterNames, "page"].flatMap((name) => (search.has(name) ? [[name, search.get(name)]] : [])),
    ),
  );
  if (!parsed.success) throw data({ code: "bad_request" }, { status: 400 });
  const db = context.services.database.db;
  const calendar = await listEventCalendar(db, parsed.data);
  const regions = await listRegions({ db, locale });
  const query = new URLSearchParams(
    filterNames.flatMap((name) => (parsed.data[name] ? [[name, String(parsed.data[name])]] : [])),
  ).toString();
  return { ...calendar, regions, filters: parsed.data, query, pageSize: calendarPageSize };
}

export default function Events({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { events, filters, regions, organisations, total, page, query } = loaderData;
  const any = { value: "", label: t("events.filters.any") };
  return (
    <article className="prose">
      <Heading variant="h1" mb="s">
        {t("events.calendarTitle")}
      </Heading>
      <Paragraph mb="m">{t("events.calendarIntro")}</Paragraph>
      <p>
        <a href={`/api/v1/events.ics?lang=${locale}`} id="events-feed">
          {t("events.feedLink")}
        </a>
      </p>
      <Form method="get" className="form-stack" aria-labelledby="events-filters-title">
        <Heading variant="h2" id="events-filters-title" mt="m" mb="s">
          {t("events.filters.title")}
        </Heading>
        <NativeSelect
          id="events-region"
          name="region"
          label={t("events.filters.region")}
          options={[any, ...regions.map((region) => ({ value: region.code, label: region.name }))]}
          defaultValue={filters.region ?? ""}
        />
        <NativeSelect
          id="events-organisation"
          name="organisation"
          label={t("events.filters.organisation")}
          options={[any, ...organisations.map((o) => ({ value: o.slug, label: o.name }))]}
          defaultValue={filters.organisation ?? ""}
        />
        <NativeSelect
          id="events-kind"
          name="kind"
          label={t("events.filters.kind")}
          options={[any, ...eventKinds.map((kind) => ({ value: kind, label: t(`events.kinds.${kind}`) }))]}
          defaultValue={filters.kind ?? ""}
        />
        <div className="native-field">
          <label htmlFor="events-month">{t("events.filters.month")}</label>
          <input type="month" id="events-month" name="month" defaultValue={filters.month ?? ""} />
        </div>
        <div>
          <Button type="submit" id="events-apply">
            {t("events.filters.apply")}
          </Button>{" "}
          {query ? (
            <Link to={`/${locale}/events`} id="events-clear">
              {t("events.filters.clear")}
            </Link>
          ) : null}
        </div>
      </Form>
      <p aria-live="polite" id="events-count">
        {t("events.calendarCount", { count: total })}
      </p>
      {events.length === 0 ? (
        <Paragraph mb="m">{t("events.calendarEmpty")}</Paragraph>
      ) : (
        <ul className="plain-list" id="events-list">
          {events.map((event) => (
            <li key={event.id}>
              <Link to={`/${locale}/plans/${event.planId}/events/${event.id}`}>
                <TranslatedText value={event.title} locale={locale} />
              </Link>
              <br />
              {`${formatDate(locale, new Date(event.startsAt), true)} · ${t(`events.kinds.${event.kind}`)} · ${t(`events.formats.${event.format}`)} · ${event.organisationName}`}
              {event.state === "cancelled" ? ` · ${t("events.states.cancelled")}` : null}
              <br />
              {`${t("events.facts.plan")}: `}
              <TranslatedText value={event.planTitle} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={page}
        total={total}
        pageSize={loaderData.pageSize}
        basePath={`/${locale}/events`}
        query={query}
      />
    </article>
  );
}
