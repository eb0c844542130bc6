import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";

// One-to-one meetings of market dialogue (issue 13 point 3): the buyer offers a round of equal slots
// with one agenda for all, opened to every company at the same moment; a company books at most one slot
// a round. Who holds a slot is decided by the partial unique indexes below, not by code that reads
// first: of any number of companies booking at once, one gets each slot and each company one slot.

/** A round of equal one-to-one meetings on a plan: draft → open (bookable) → closed (summary). */
export const dialogueMeetingRound = pgTable(
  "dialogue_meeting_round",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    title: jsonb("title").$type<TextByLanguage>().notNull(),
    /** One agenda for every meeting of the round (the same questions to every company). */
    agenda: jsonb("agenda").$type<TextByLanguage>().notNull(),
    /** Where the meetings are held (an address), or null when only online. */
    place: text("place"),
    /** The online meeting link (https), or null when only in person. */
    onlineUrl: text("online_url"),
    slotMinutes: integer("slot_minutes").notNull(),
    /** Bookings and cancellations are taken until this moment. */
    bookingDeadline: timestamp("booking_deadline", { withTimezone: true }).notNull(),
    /** meetingRoundStates: "draft", "open" or "closed". */
    state: text("state").notNull().default("draft"),
    /** When the round was opened to every company at once. */
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** The general summary published to everyone after the round; never a company's own words. */
    summary: jsonb("summary").$type<TextByLanguage>(),
    summaryPublishedAt: timestamp("summary_published_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("dialogue_meeting_round_plan_idx").on(table.planId, table.createdAt),
    check("dialogue_meeting_round_state_check", sql`${table.state} in ('draft', 'open', 'closed')`),
    check("dialogue_meeting_round_slot_minutes_check", sql`${table.slotMinutes} between 5 and 480`),
    check(
      "dialogue_meeting_round_where_check",
      sql`${table.place} is not null or ${table.onlineUrl} is not null`,
    ),
  ],
);

/** One meeting time of a round. */
export const dialogueMeetingSlot = pgTable(
  "dialogue_meeting_slot",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => dialogueMeetingRound.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    unique("dialogue_meeting_slot_round_start_unique").on(table.roundId, table.startsAt),
    // The target of the booking's (slot, round) key: a booking's round is its slot's round.
    unique("dialogue_meeting_slot_id_round_unique").on(table.id, table.roundId),
    check("dialogue_meeting_slot_times_check", sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/**
 * A company's booking of a slot. Cancelling sets cancelled_at and keeps the row (the record shows it);
 * only active rows (cancelled_at null) count for the two unique indexes.
 */
export const dialogueMeetingBooking = pgTable(
  "dialogue_meeting_booking",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slotId: uuid("slot_id").notNull(),
    roundId: uuid("round_id").notNull(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    bookedBy: text("booked_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: text("cancelled_by").references(() => accountsUser.id, { onDelete: "set null" }),
  },
  (table) => [
    foreignKey({
      name: "dialogue_meeting_booking_slot_fk",
      columns: [table.slotId, table.roundId],
      foreignColumns: [dialogueMeetingSlot.id, dialogueMeetingSlot.roundId],
    }).onDelete("cascade"),
    uniqueIndex("dialogue_meeting_booking_slot_active_idx")
      .on(table.slotId)
      .where(sql`${table.cancelledAt} is null`),
    uniqueIndex("dialogue_meeting_booking_company_active_idx")
      .on(table.roundId, table.organisationId)
      .where(sql`${table.cancelledAt} is null`),
    index("dialogue_meeting_booking_organisation_idx").on(table.organisationId),
  ],
);

/**
 * The buyer's private notes on one meeting. A table of its own so that no query for companies or the
 * public can select them by accident: only the buyer's meeting queries join it.
 */
export const dialogueMeetingNote = pgTable("dialogue_meeting_note", {
  bookingId: uuid("booking_id")
    .primaryKey()
    .references(() => dialogueMeetingBooking.id, { onDelete: "cascade" }),
  body: text("body").notNull(),
  updatedBy: text("updated_by").references(() => accountsUser.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
