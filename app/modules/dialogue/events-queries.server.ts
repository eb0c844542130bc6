import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import { pickText, type TextByLanguage } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import {
  canViewPlan,
  findPlanForDialogue,
  listPublicHeadlines,
  type PlanForDialogue,
} from "../plans/index.server.ts";
import { registrationIcalEntry } from "./event-notify.server.ts";
import { type EventRow, findEvent, isCancellable, isRegistrationOpen } from "./event-rows.server.ts";
import { eventsIcal } from "./events-ical.ts";
import type {
  EventFormat,
  EventKind,
  EventLanguage,
  EventState,
  RegistrationStatus,
} from "./events-schemas.ts";
import { dialogueEvent, dialogueEventRegistration } from "./events-tables.ts";
import { canManageDialogue, canTakePartInDialogue } from "./policy.ts";

// What the event pages show. Three views with their own columns: the buyer's (the online link, every
// registration with its attendees and needs), a company's (the online link only once it has a seat; its
// own registration) and the public's (the event, its seats left, the published minutes). Needs and
// attendees are read only in the buyer's view and the company's own.

/** An event as every view shows it; never the online link (see EventPage.onlineUrl). */
export type PublicEventView = {
  id: string;
  planId: string;
  organisationId: string;
  kind: EventKind;
  format: EventFormat;
  title: TextByLanguage;
  agenda: TextByLanguage;
  address: string | null;
  startsAt: Date;
  endsAt: Date;
  language: EventLanguage;
  capacity: number;
  registrationClosesAt: Date;
  state: EventState;
  publishedAt: Date | null;
  minutes: TextByLanguage | null;
  materials: TextByLanguage | null;
  minutesPublishedAt: Date | null;
};

export function toPublicEventView(event: EventRow): PublicEventView {
  return {
    id: event.id,
    planId: event.planId,
    organisationId: event.organisationId,
    kind: event.kind as EventKind,
    format: event.format as EventFormat,
    title: event.title,
    agenda: event.agenda,
    address: event.address,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    language: event.language as EventLanguage,
    capacity: event.capacity,
    registrationClosesAt: event.registrationClosesAt,
    state: event.state as EventState,
    publishedAt: event.publishedAt,
    minutes: event.minutesPublishedAt ? event.minutes : null,
    materials: event.minutesPublishedAt ? event.materials : null,
    minutesPublishedAt: event.minutesPublishedAt,
  };
}

async function planOf(db: DbOrTx, planId: string): Promise<PlanForDialogue> {
  const plan = await findPlanForDialogue(db, planId);
  if (!plan) throw new AppError("not_found");
  return plan;
}

type SeatCounts = { confirmedSeats: number; confirmed: number; waitlisted: number };

async function seatCounts(db: DbOrTx, eventIds: string[]): Promise<Map<string, SeatCounts>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .select({
      eventId: dialogueEventRegistration.eventId,
      status: dialogueEventRegistration.status,
      companies: sql<number>`count(*)::int`,
      seats: sql<number>`coalesce(sum(${dialogueEventRegistration.attendeeCount}), 0)::int`,
    })
    .from(dialogueEventRegistration)
    .where(inArray(dialogueEventRegistration.eventId, eventIds))
    .groupBy(dialogueEventRegistration.eventId, dialogueEventRegistration.status);
  const counts = new Map<string, SeatCounts>();
  for (const id of eventIds) counts.set(id, { confirmedSeats: 0, confirmed: 0, waitlisted: 0 });
  for (const row of rows) {
    const entry = counts.get(row.eventId);
    if (!entry) continue;
    if (row.status === "confirmed") {
      entry.confirmed = Number(row.companies);
      entry.confirmedSeats = Number(row.seats);
    } else if (row.status === "waitlisted") entry.waitlisted = Number(row.companies);
  }
  return counts;
}

/** The plan's events for its buyers, soonest first, with seat counts. */
export async function listEventsForBuyer(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
): Promise<(PublicEventView & SeatCounts)[]> {
  const plan = await planOf(db, planId);
  if (!canManageDialogue(viewer, plan)) throw new AppError("not_found");
  const events = await db
    .select()
    .from(dialogueEvent)
    .where(eq(dialogueEvent.planId, planId))
    .orderBy(asc(dialogueEvent.startsAt));
  const counts = await seatCounts(
    db,
    events.map((event) => event.id),
  );
  return events.map((event) => ({
    ...toPublicEventView(event),
    ...(counts.get(event.id) ?? { confirmedSeats: 0, confirmed: 0, waitlisted: 0 }),
  }));
}

/** A registration as the buyer sees it: the company, its attendees and needs (personal data). */
export type BuyerEventRegistration = {
  id: string;
  company: string;
  status: RegistrationStatus;
  attendeeCount: number;
  attendees: string[];
  needs: string | null;
  queuedAt: Date;
  promotedAt: Date | null;
  cancelledAt: Date | null;
};

/** One event for the plan's buyers: everything, the online link and the draft minutes included. */
export async function getEventForBuyer(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
  eventId: string,
): Promise<{
  event: PublicEventView & {
    onlineUrl: string | null;
    draftMinutes: TextByLanguage | null;
    draftMaterials: TextByLanguage | null;
  };
  registrations: BuyerEventRegistration[];
  counts: SeatCounts;
}> {
  const event = await findEvent(db, eventId);
  if (!event || event.planId !== planId) throw new AppError("not_found");
  if (!canManageDialogue(viewer, await planOf(db, event.planId))) throw new AppError("not_found");
  const rows = await db
    .select({
      id: dialogueEventRegistration.id,
      company: organisationsOrganisation.name,
      status: dialogueEventRegistration.status,
      attendeeCount: dialogueEventRegistration.attendeeCount,
      attendees: dialogueEventRegistration.attendees,
      needs: dialogueEventRegistration.needs,
      queuedAt: dialogueEventRegistration.queuedAt,
      promotedAt: dialogueEventRegistration.promotedAt,
      cancelledAt: dialogueEventRegistration.cancelledAt,
    })
    .from(dialogueEventRegistration)
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, dialogueEventRegistration.organisationId),
    )
    .where(eq(dialogueEventRegistration.eventId, eventId))
    .orderBy(asc(dialogueEventRegistration.queuedAt), asc(dialogueEventRegistration.id));
  const order: Record<string, number> = { confirmed: 0, waitlisted: 1, cancelled: 2 };
  const counts = (await seatCounts(db, [eventId])).get(eventId) ?? {
    confirmedSeats: 0,
    confirmed: 0,
    waitlisted: 0,
  };
  return {
    event: {
      ...toPublicEventView(event),
      onlineUrl: event.onlineUrl,
      draftMinutes: event.minutes,
      draftMaterials: event.materials,
    },
    registrations: rows
      .map((row) => ({ ...row, status: row.status as RegistrationStatus }))
      .sort((a, b) => (order[a.status] ?? 3) - (order[b.status] ?? 3)),
    counts,
  };
}

/** The viewer's company's registration as it sees it. */
export type OwnEventRegistration = {
  id: string;
  status: RegistrationStatus;
  attendeeCount: number;
  attendees: string[];
  needs: string | null;
  /** 1 for the first in the queue; null unless waitlisted. */
  waitlistPosition: number | null;
};

export type EventPage = {
  event: PublicEventView;
  seatsLeft: number;
  waitlisted: number;
  /** The online link: for a company with a seat and for the buyer; null for everyone else. */
  onlineUrl: string | null;
  own: OwnEventRegistration | null;
  /** Whether the viewer may register now (a company's representative, registration open, not registered). */
  canRegister: boolean;
  canCancel: boolean;
  isCompany: boolean;
};

/** One published or cancelled event of a visible plan, for companies and the public. */
export async function getEventPage(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
  eventId: string,
): Promise<EventPage> {
  const event = await findEvent(db, eventId);
  if (!event || event.planId !== planId || event.state === "draft") throw new AppError("not_found");
  const plan = await planOf(db, event.planId);
  if (!canViewPlan(viewer, plan)) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  const counts = (await seatCounts(db, [eventId])).get(eventId);
  let own: OwnEventRegistration | null = null;
  if (company) {
    const [row] = await db
      .select()
      .from(dialogueEventRegistration)
      .where(
        and(
          eq(dialogueEventRegistration.eventId, eventId),
          eq(dialogueEventRegistration.organisationId, company.organisationId),
        ),
      );
    if (row) {
      let waitlistPosition: number | null = null;
      if (row.status === "waitlisted") {
        const [ahead] = await db
          .select({ value: sql<number>`count(*)::int` })
          .from(dialogueEventRegistration)
          .where(
            and(
              eq(dialogueEventRegistration.eventId, eventId),
              eq(dialogueEventRegistration.status, "waitlisted"),
              sql`(${dialogueEventRegistration.queuedAt}, ${dialogueEventRegistration.id}) < (${row.queuedAt}, ${row.id})`,
            ),
          );
        waitlistPosition = Number(ahead?.value ?? 0) + 1;
      }
      own = {
        id: row.id,
        status: row.status as RegistrationStatus,
        attendeeCount: row.attendeeCount,
        attendees: row.attendees,
        needs: row.needs,
        waitlistPosition,
      };
    }
  }
  const isActive = own !== null && own.status !== "cancelled";
  const seesLink =
    (own?.status === "confirmed" && event.state === "published") || canManageDialogue(viewer, plan);
  return {
    event: toPublicEventView(event),
    seatsLeft: Math.max(0, event.capacity - (counts?.confirmedSeats ?? 0)),
    waitlisted: counts?.waitlisted ?? 0,
    onlineUrl: seesLink ? event.onlineUrl : null,
    own,
    canRegister:
      company !== null && !isActive && canTakePartInDialogue(viewer, plan) && isRegistrationOpen(event),
    canCancel: isActive && isCancellable(event),
    isCompany: company !== null,
  };
}

/** The plan's published and cancelled events for its page (never drafts), soonest first. */
export async function listEventsForPlan(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
): Promise<PublicEventView[]> {
  const plan = await planOf(db, planId);
  if (!canViewPlan(viewer, plan)) throw new AppError("not_found");
  const events = await db
    .select()
    .from(dialogueEvent)
    .where(and(eq(dialogueEvent.planId, planId), ne(dialogueEvent.state, "draft")))
    .orderBy(asc(dialogueEvent.startsAt));
  return events.map(toPublicEventView);
}

/** The calendar file of the viewer's company's registration with a seat; not found otherwise. */
export async function getRegistrationIcal(
  db: DbOrTx,
  viewer: Viewer | null,
  {
    planId,
    eventId,
    locale,
    publicUrl,
  }: { planId: string; eventId: string; locale: Locale; publicUrl: string },
): Promise<string> {
  const company = actingCompanyOf(viewer);
  const event = await findEvent(db, eventId);
  if (!company || !event || event.planId !== planId || event.state === "draft")
    throw new AppError("not_found");
  const [registration] = await db
    .select({ id: dialogueEventRegistration.id, queuedAt: dialogueEventRegistration.queuedAt })
    .from(dialogueEventRegistration)
    .where(
      and(
        eq(dialogueEventRegistration.eventId, eventId),
        eq(dialogueEventRegistration.organisationId, company.organisationId),
        eq(dialogueEventRegistration.status, "confirmed"),
      ),
    );
  if (!registration) throw new AppError("not_found");
  const headline = (await listPublicHeadlines(db, [planId])).get(planId);
  return eventsIcal(
    [
      registrationIcalEntry(event, {
        registrationId: registration.id,
        locale,
        publicUrl,
        planTitle: headline ? pickText(headline.title, locale) : "",
        stamp: new Date(Math.max(event.updatedAt.getTime(), registration.queuedAt.getTime())),
      }),
    ],
    { name: pickText(event.title, locale) },
  );
}

/** A company's registration as its home page lists it. */
export type CompanyEventRegistration = {
  eventId: string;
  planId: string;
  title: TextByLanguage;
  startsAt: Date;
  eventState: EventState;
  status: RegistrationStatus;
};

/** The viewer's company's registrations (not cancelled ones) for events not yet over, soonest first. */
export async function listCompanyEventRegistrations(
  services: Pick<Services, "database">,
  { viewer }: { viewer: Viewer | null },
): Promise<CompanyEventRegistration[]> {
  const { db } = services.database;
  const company = actingCompanyOf(viewer);
  if (!company) return [];
  const rows = await db
    .select({
      eventId: dialogueEvent.id,
      planId: dialogueEvent.planId,
      title: dialogueEvent.title,
      startsAt: dialogueEvent.startsAt,
      eventState: dialogueEvent.state,
      status: dialogueEventRegistration.status,
    })
    .from(dialogueEventRegistration)
    .innerJoin(dialogueEvent, eq(dialogueEvent.id, dialogueEventRegistration.eventId))
    .where(
      and(
        eq(dialogueEventRegistration.organisationId, company.organisationId),
        ne(dialogueEventRegistration.status, "cancelled"),
        sql`${dialogueEvent.endsAt} > now()`,
      ),
    )
    .orderBy(asc(dialogueEvent.startsAt))
    .limit(50);
  return rows.map((row) => ({
    ...row,
    eventState: row.eventState as EventState,
    status: row.status as RegistrationStatus,
  }));
}
