import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "../../db/bytea.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";
import { refCpvCode } from "../reference-data/tables.ts";

// A company presents its services to one or more buyer organisations: one presentation, one recipient
// row per buyer organisation with its own state, and per recipient a thread of messages between the
// buyer and the company. The content is one message in the language the company wrote it in.

export const presentationsPresentation = pgTable(
  "presentations_presentation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: text("company_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** What the company offers. */
    offering: text("offering").notNull(),
    /** The needs it answers. */
    needs: text("needs").notNull(),
    /** The language the company wrote in: fi, sv or en. */
    language: text("language").notNull().default("fi"),
    /** A public plan whose need this answers, when the company names one. */
    planId: uuid("plan_id").references(() => plansPlan.id, { onDelete: "set null" }),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("presentations_presentation_company_idx").on(table.companyId, table.createdAt)],
);

export const presentationsCpv = pgTable(
  "presentations_cpv",
  {
    presentationId: uuid("presentation_id")
      .notNull()
      .references(() => presentationsPresentation.id, { onDelete: "cascade" }),
    cpvCode: text("cpv_code")
      .notNull()
      .references(() => refCpvCode.code),
  },
  (table) => [primaryKey({ columns: [table.presentationId, table.cpvCode] })],
);

/** One buyer organisation a presentation was sent to, with the state the buyer has given it. */
export const presentationsRecipient = pgTable(
  "presentations_recipient",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    presentationId: uuid("presentation_id")
      .notNull()
      .references(() => presentationsPresentation.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    /** new | reviewed | linked | archived (states.ts) */
    state: text("state").notNull().default("new"),
    /** The buyer's own plan the presentation was linked to (state linked). */
    linkedPlanId: uuid("linked_plan_id").references(() => plansPlan.id, { onDelete: "set null" }),
    stateChangedAt: timestamp("state_changed_at", { withTimezone: true }),
    stateChangedBy: text("state_changed_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("presentations_recipient_unique_idx").on(table.presentationId, table.organisationId),
    index("presentations_recipient_inbox_idx").on(table.organisationId, table.state, table.createdAt),
  ],
);

/** A message in one recipient's thread, written by the buyer's side or the company's side. */
export const presentationsMessage = pgTable(
  "presentations_message",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => presentationsRecipient.id, { onDelete: "cascade" }),
    /** buyer | company */
    side: text("side").notNull(),
    authorId: text("author_id"),
    authorName: text("author_name").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("presentations_message_thread_idx").on(table.recipientId, table.createdAt)],
);

/** A file sent with a presentation (PDF, DOCX, XLSX or ODT), its bytes in the database like plans' (ADR 017). */
export const presentationsAttachment = pgTable(
  "presentations_attachment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    presentationId: uuid("presentation_id")
      .notNull()
      .references(() => presentationsPresentation.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("presentations_attachment_sha_idx").on(table.presentationId, table.sha256)],
);
