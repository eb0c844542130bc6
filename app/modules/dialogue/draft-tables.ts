import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "../../db/bytea.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";

// Draft tender documents for comment (luonnos kommentoitavaksi, issue 13 point 5): the buyer publishes a
// draft as numbered sections and opens a comment period; companies comment per section. A comment is
// seen by the buyer (with its author) and the commenting company until the buyer responds; then comment
// and response are published together to everyone, without the author (as questions and answers are).

/** A draft tender document: draft (being built) → open (taking comments) → closed (summary). */
export const dialogueDraft = pgTable(
  "dialogue_draft",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    title: jsonb("title").$type<TextByLanguage>().notNull(),
    /** What the draft is and what the buyer wants comments on. */
    intro: jsonb("intro").$type<TextByLanguage>().notNull(),
    /** Comments are taken until this moment (set as Helsinki time). */
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    /** draftStates: "draft", "open" or "closed". */
    state: text("state").notNull().default("draft"),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** The summary of the comments, published to everyone after the period. */
    summary: jsonb("summary").$type<TextByLanguage>(),
    summaryPublishedAt: timestamp("summary_published_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("dialogue_draft_plan_idx").on(table.planId, table.createdAt),
    check("dialogue_draft_state_check", sql`${table.state} in ('draft', 'open', 'closed')`),
  ],
);

/** One section of a draft, in the order of `position` (1, 2, …). */
export const dialogueDraftSection = pgTable(
  "dialogue_draft_section",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => dialogueDraft.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    heading: jsonb("heading").$type<TextByLanguage>().notNull(),
    body: jsonb("body").$type<TextByLanguage>().notNull(),
  },
  (table) => [index("dialogue_draft_section_draft_idx").on(table.draftId, table.position)],
);

/**
 * A company's comment on one section. The author is kept for the buyer only; the public sees the text
 * once the buyer has responded, with the response and never who wrote it.
 */
export const dialogueDraftComment = pgTable(
  "dialogue_draft_comment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => dialogueDraft.id, { onDelete: "cascade" }),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => dialogueDraftSection.id, { onDelete: "cascade" }),
    /** The commenting company; null once the company is gone (a published pair stays). */
    organisationId: text("organisation_id").references(() => organisationsOrganisation.id, {
      onDelete: "set null",
    }),
    authorId: text("author_id").references(() => accountsUser.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The buyer's public response; the comment is published with it. */
    response: text("response"),
    respondedBy: text("responded_by").references(() => accountsUser.id, { onDelete: "set null" }),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (table) => [
    index("dialogue_draft_comment_draft_idx").on(table.draftId, table.sectionId, table.createdAt),
    index("dialogue_draft_comment_organisation_idx").on(table.organisationId, table.createdAt),
    check(
      "dialogue_draft_comment_response_check",
      sql`(${table.response} is null) = (${table.respondedAt} is null)`,
    ),
  ],
);

/**
 * The draft as one PDF, when the buyer publishes it as a document whose sections are listed by heading
 * (the sections' texts may then stay empty). Checked and stored as plan attachments are (ADR 017); public
 * once the draft is opened for comment.
 */
export const dialogueDraftDocument = pgTable("dialogue_draft_document", {
  draftId: uuid("draft_id")
    .primaryKey()
    .references(() => dialogueDraft.id, { onDelete: "cascade" }),
  fileName: text("file_name").notNull(),
  mediaType: text("media_type").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  /** Hex SHA-256 of the content: the download's ETag. */
  sha256: text("sha256").notNull(),
  content: bytea("content").notNull(),
  createdBy: text("created_by").references(() => accountsUser.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
