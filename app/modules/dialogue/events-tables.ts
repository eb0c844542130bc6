import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";

// Dialogue events of market dialogue (issue 13 point 2): info sessions, supplier days, workshops and
// webinars on a plan. Each company registers once (the unique key below); whether it gets a seat or a
// place on the waitlist is decided under the event's row lock, so capacity holds however many register
// at once, and a cancellation promotes the first on the waitlist.

/** An event on a plan: draft → published → (cancelled); minutes and materials published afterwards. */
export const dialogueEvent = pgTable(
  "dialogue_event",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    /** The plan's organisation (plans do not change hands): the calendar filters by it and its region. */
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    /** eventKinds: "info-session", "supplier-day", "workshop" or "webinar". */
    kind: text("kind").notNull(),
    /** eventFormats: "on-site" (address), "online" (link) or "hybrid" (both). */
    format: text("format").notNull(),
    title: jsonb("title").$type<TextByLanguage>().notNull(),
    agenda: jsonb("agenda").$type<TextByLanguage>().notNull(),
    address: text("address"),
    /** The online link: shown only to registered companies and the buyer, never in a feed or the API. */
    onlineUrl: text("online_url"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** eventLanguages: the language the event is held in. */
    language: text("language").notNull(),
    /** Seats: the sum of confirmed registrations' attendees never exceeds it. */
    capacity: integer("capacity").notNull(),
    registrationClosesAt: timestamp("registration_closes_at", { withTimezone: true }).notNull(),
    /** eventStates: "draft", "published" or "cancelled". */
    state: text("state").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** What was said, published to every interested company and watcher, not only attendees. */
    minutes: jsonb("minutes").$type<TextByLanguage>(),
    /** The materials (slides, links), published with the minutes. */
    materials: jsonb("materials").$type<TextByLanguage>(),
    minutesPublishedAt: timestamp("minutes_published_at", { withTimezone: true }),
    /** Raised on every change of a published event, so calendars replace their copy (RFC 5545 SEQUENCE). */
    sequence: integer("sequence").notNull().default(0),
    /** When the 24-hour reminder went out: the sweep sends it exactly once. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("dialogue_event_plan_idx").on(table.planId, table.startsAt),
    index("dialogue_event_calendar_idx").on(table.state, table.startsAt),
    check("dialogue_event_state_check", sql`${table.state} in ('draft', 'published', 'cancelled')`),
    check(
      "dialogue_event_kind_check",
      sql`${table.kind} in ('info-session', 'supplier-day', 'workshop', 'webinar')`,
    ),
    check("dialogue_event_format_check", sql`${table.format} in ('on-site', 'online', 'hybrid')`),
    check(
      "dialogue_event_where_check",
      sql`(${table.format} = 'online' or ${table.address} is not null) and (${table.format} = 'on-site' or ${table.onlineUrl} is not null)`,
    ),
    check("dialogue_event_language_check", sql`${table.language} in ('fi', 'sv', 'en', 'fi-sv', 'fi-sv-en')`),
    check("dialogue_event_capacity_check", sql`${table.capacity} between 1 and 10000`),
    check("dialogue_event_times_check", sql`${table.endsAt} > ${table.startsAt}`),
    check("dialogue_event_closes_check", sql`${table.registrationClosesAt} <= ${table.startsAt}`),
  ],
);

/**
 * A company's registration for an event: one row per company and event, kept when cancelled (the record
 * shows it); registering again after cancelling reuses the row and joins the end of the queue.
 */
export const dialogueEventRegistration = pgTable(
  "dialogue_event_registration",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => dialogueEvent.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    /** registrationStatuses: "confirmed", "waitlisted" or "cancelled". */
    status: text("status").notNull(),
    /** The attendees' names as the company gave them (personal data: the buyer and the company only). */
    attendees: jsonb("attendees").$type<string[]>().notNull().default([]),
    /** Seats taken: at least one, and at least as many as names. */
    attendeeCount: integer("attendee_count").notNull(),
    /** Accessibility or diet needs: the buyer's to read, never shown to others (personal data). */
    needs: text("needs"),
    registeredBy: text("registered_by").references(() => accountsUser.id, { onDelete: "set null" }),
    /** The place in the waitlist's queue: when the company (last) registered. */
    queuedAt: timestamp("queued_at", { withTimezone: true }).notNull().defaultNow(),
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: text("cancelled_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("dialogue_event_registration_company_unique").on(table.eventId, table.organisationId),
    index("dialogue_event_registration_queue_idx").on(table.eventId, table.status, table.queuedAt),
    index("dialogue_event_registration_organisation_idx").on(table.organisationId),
    check(
      "dialogue_event_registration_status_check",
      sql`${table.status} in ('confirmed', 'waitlisted', 'cancelled')`,
    ),
    check("dialogue_event_registration_count_check", sql`${table.attendeeCount} between 1 and 50`),
  ],
);
