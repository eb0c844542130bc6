import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { MailCalendar } from "./mail-calendar.ts";

export type MailStatus = "queued" | "sent" | "failed";

/** One entry per state change, appended to the row so its story stays with it. */
export type MailEvent = {
  at: string;
  event: "queued" | "attempt_failed" | "sent" | "failed";
  attempt?: number;
  error?: string;
};

/**
 * Every e-mail the platform sends, rendered when queued. The `mail.send` job delivers a row by its id.
 * Bodies that carry a secret link (verification, reset, magic link, invitation) are emptied once the
 * row is final, so the outbox never becomes a store of working log-in links.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    toAddress: text("to_address").notNull(),
    locale: text("locale").notNull(),
    template: text("template").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body"),
    htmlBody: text("html_body"),
    /** Set on notifications and invitations: sent as the List-Unsubscribe header. */
    unsubscribeUrl: text("unsubscribe_url"),
    /**
     * An iCalendar document sent with the mail (a meeting or an event the person booked or registered
     * for): a `text/calendar` part that calendar programs offer to add, and an .ics attachment.
     */
    calendar: jsonb("calendar").$type<MailCalendar>(),
    status: text("status").$type<MailStatus>().notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    messageId: text("message_id"),
    history: jsonb("history").$type<MailEvent[]>().notNull().default([]),
  },
  (table) => [
    check("mail_outbox_status_check", sql`${table.status} in ('queued', 'sent', 'failed')`),
    index("mail_outbox_status_idx").on(table.status, table.createdAt),
  ],
);

/** Addresses that unsubscribed from a topic; queueMail skips their mails of that topic. */
export const mailSuppression = pgTable(
  "mail_suppression",
  {
    address: text("address").notNull(),
    topic: text("topic").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.address, table.topic] })],
);
