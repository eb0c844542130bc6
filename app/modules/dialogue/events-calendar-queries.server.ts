import { and, asc, eq, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { getI18n } from "../../i18n/i18n.ts";
import type { Locale } from "../../i18n/locales.ts";
import { pickText } from "../../lib/pick-translation.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { listPublicHeadlines } from "../plans/index.server.ts";
import { refMunicipality } from "../reference-data/shared-tables.ts";
import { eventPath } from "./event-notify.server.ts";
import { type EventIcalEntry, eventsIcal } from "./events-ical.ts";
import { type PublicEventView, toPublicEventView } from "./events-queries.server.ts";
import type { EventCalendarFilters } from "./events-schemas.ts";
import { dialogueEvent } from "./events-tables.ts";
import { helsinkiTime } from "./meetings-schemas.ts";

// The public event calendar (/:lang/events), an organisation's events and the iCalendar feed
// (/api/v1/events.ics): published (and cancelled, so nobody travels in vain) events of public plans.
// What of a plan is public is asked of the plans module (listPublicHeadlines), never read from its
// tables; so the filter on public plans runs after the query, over at most `scanLimit` events (events
// are few: a handful a plan).

const scanLimit = 2000;
export const calendarPageSize = 20;

/** An event as the calendar lists it: the public view with its plan's and organisation's names. */
export type CalendarEvent = PublicEventView & {
  planTitle: Record<string, string | undefined>;
  organisationName: string;
};

async function readEvents(db: DbOrTx, conditions: (SQL | undefined)[]): Promise<CalendarEvent[]> {
  const rows = await db
    .select({ event: dialogueEvent, organisationName: organisationsOrganisation.name })
    .from(dialogueEvent)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, dialogueEvent.organisationId))
    .leftJoin(refMunicipality, eq(refMunicipality.code, organisationsOrganisation.municipalityCode))
    .where(and(inArray(dialogueEvent.state, ["published", "cancelled"]), ...conditions))
    .orderBy(asc(dialogueEvent.startsAt), asc(dialogueEvent.id))
    .limit(scanLimit);
  const headlines = await listPublicHeadlines(
    db,
    rows.map((row) => row.event.planId),
  );
  return rows.flatMap((row) => {
    const headline = headlines.get(row.event.planId);
    return headline
      ? [
          {
            ...toPublicEventView(row.event),
            planTitle: headline.title,
            organisationName: row.organisationName,
          },
        ]
      : [];
  });
}

/** The first instant of a month ("2027-03") in Finnish time, and of the month after it. */
function monthRange(month: string): [Date, Date] | null {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const start = helsinkiTime(`${month}-01T00:00`);
  const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
  const end = helsinkiTime(`${next}-01T00:00`);
  return start && end ? [start, end] : null;
}

/**
 * One page of the calendar: events not yet over (or those of the month asked), soonest first, filtered
 * by region (the organisation's municipality's region), organisation (id or slug) and kind; with the
 * organisations that have events, for the filter's options.
 */
export async function listEventCalendar(
  db: DbOrTx,
  filters: EventCalendarFilters,
  now = new Date(),
): Promise<{
  events: CalendarEvent[];
  page: number;
  pageCount: number;
  total: number;
  organisations: { slug: string; name: string }[];
}> {
  const range = filters.month ? monthRange(filters.month) : null;
  const conditions: (SQL | undefined)[] = [
    range
      ? and(gte(dialogueEvent.startsAt, range[0]), lt(dialogueEvent.startsAt, range[1]))
      : gte(dialogueEvent.endsAt, now),
    filters.kind ? eq(dialogueEvent.kind, filters.kind) : undefined,
    filters.region ? eq(refMunicipality.regionCode, filters.region) : undefined,
    filters.organisation
      ? or(
          eq(organisationsOrganisation.id, filters.organisation),
          eq(organisationsOrganisation.slug, filters.organisation),
        )
      : undefined,
  ];
  const events = await readEvents(db, conditions);
  const pageCount = Math.max(1, Math.ceil(events.length / calendarPageSize));
  const page = Math.min(filters.page, pageCount);
  const organisations = await db
    .selectDistinct({ slug: organisationsOrganisation.slug, name: organisationsOrganisation.name })
    .from(dialogueEvent)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, dialogueEvent.organisationId))
    .where(eq(dialogueEvent.state, "published"))
    .orderBy(asc(organisationsOrganisation.name))
    .limit(500);
  return {
    events: events.slice((page - 1) * calendarPageSize, page * calendarPageSize),
    page,
    pageCount,
    total: events.length,
    organisations,
  };
}

/** An organisation's events not yet over, for its page (at most ten). */
export async function listOrganisationEvents(db: DbOrTx, organisationId: string): Promise<CalendarEvent[]> {
  const events = await readEvents(db, [
    eq(dialogueEvent.organisationId, organisationId),
    gte(dialogueEvent.endsAt, sql`now()`),
  ]);
  return events.slice(0, 10);
}

/**
 * The public iCalendar feed: events of public plans from 90 days back on, each with its address (never
 * the online link) and its page, cancelled ones marked CANCELLED. No attendee or company data.
 */
export async function publicEventsIcal(
  db: DbOrTx,
  { publicUrl, locale, now = new Date() }: { publicUrl: string; locale: Locale; now?: Date },
): Promise<{ body: string; lastModified: Date }> {
  const { t } = getI18n(locale);
  const events = await readEvents(db, [
    gte(dialogueEvent.startsAt, new Date(now.getTime() - 90 * 86_400_000)),
  ]);
  const rows = new Map(
    (events.length
      ? await db
          .select({
            id: dialogueEvent.id,
            updatedAt: dialogueEvent.updatedAt,
            sequence: dialogueEvent.sequence,
          })
          .from(dialogueEvent)
          .where(
            inArray(
              dialogueEvent.id,
              events.map((event) => event.id),
            ),
          )
      : []
    ).map((row) => [row.id, row]),
  );
  const host = new URL(publicUrl).hostname;
  const entries: EventIcalEntry[] = events.map((event) => {
    const row = rows.get(event.id);
    const url = `${publicUrl}/${locale}${eventPath(event)}`;
    return {
      uid: `event-${event.id}@${host}`,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      stamp: row?.updatedAt ?? event.startsAt,
      sequence: row?.sequence ?? 0,
      summary: pickText(event.title, locale),
      description: t("events.feedDescription", {
        organisation: event.organisationName,
        plan: pickText(event.planTitle, locale),
        kind: t(`events.kinds.${event.kind}`),
        agenda: pickText(event.agenda, locale),
        url,
      }),
      location: event.format === "online" ? t("events.formats.online") : event.address,
      url,
      status: event.state === "cancelled" ? "CANCELLED" : "CONFIRMED",
    };
  });
  const lastModified = new Date(Math.max(0, ...[...rows.values()].map((row) => row.updatedAt.getTime())));
  return { body: eventsIcal(entries, { name: t("events.feedName") }), lastModified };
}
