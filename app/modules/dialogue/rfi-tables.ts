import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea } from "../../db/bytea.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";

// Request for information (tietopyyntö, issue 13 point 1): the buyer's questionnaire, answered once per
// company during an open period. Responses are never public (only their count is); the buyer reads
// them and publishes a "what we heard" summary after closing.

/** A request for information on a plan: draft (being built) → open (answerable) → closed. */
export const dialogueRfi = pgTable(
  "dialogue_rfi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    title: jsonb("title").$type<TextByLanguage>().notNull(),
    intro: jsonb("intro").$type<TextByLanguage>().notNull().default({}),
    /** rfiStates: "draft", "open" or "closed". */
    state: text("state").notNull().default("draft"),
    /** When it was opened to every company at once (set by opening). */
    opensAt: timestamp("opens_at", { withTimezone: true }),
    /** Responses are taken until this moment; set by opening. */
    closesAt: timestamp("closes_at", { withTimezone: true }),
    /** When the buyer closed it before closes_at; null when it closed by time. */
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** "What we heard", published to everyone after closing; never a company's own answers. */
    summary: jsonb("summary").$type<TextByLanguage>(),
    summaryPublishedAt: timestamp("summary_published_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("dialogue_rfi_plan_idx").on(table.planId, table.createdAt),
    check("dialogue_rfi_state_check", sql`${table.state} in ('draft', 'open', 'closed')`),
    check(
      "dialogue_rfi_period_check",
      sql`${table.state} = 'draft' or (${table.opensAt} is not null and ${table.closesAt} is not null)`,
    ),
  ],
);

/** One question of a request's questionnaire, in the order of `position`. */
export const dialogueRfiQuestion = pgTable(
  "dialogue_rfi_question",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    rfiId: uuid("rfi_id")
      .notNull()
      .references(() => dialogueRfi.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** rfiQuestionKinds: short-text, long-text, single-choice, multiple-choice, number, yes-no, file. */
    kind: text("kind").notNull(),
    text: jsonb("text").$type<TextByLanguage>().notNull(),
    /** The choices of a choice question, each per language; empty for other kinds. */
    options: jsonb("options").$type<TextByLanguage[]>().notNull().default([]),
    required: boolean("required").notNull().default(false),
  },
  (table) => [
    index("dialogue_rfi_question_rfi_idx").on(table.rfiId, table.position),
    check(
      "dialogue_rfi_question_kind_check",
      sql`${table.kind} in ('short-text', 'long-text', 'single-choice', 'multiple-choice', 'number', 'yes-no', 'file')`,
    ),
  ],
);

/**
 * A company's response: one per company a request (the unique constraint decides between members
 * saving at once). Its members share it; the last one to save is recorded.
 */
export const dialogueRfiResponse = pgTable(
  "dialogue_rfi_response",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    rfiId: uuid("rfi_id")
      .notNull()
      .references(() => dialogueRfi.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    lastEditorId: text("last_editor_id").references(() => accountsUser.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("dialogue_rfi_response_company_unique").on(table.rfiId, table.organisationId),
    index("dialogue_rfi_response_organisation_idx").on(table.organisationId),
  ],
);

/**
 * One answer of a response. `value` by the question's kind: a string (texts), a number, a boolean
 * (yes/no), an option index or a list of them (choices); a file answer's file is in
 * dialogue_rfi_answer_file.
 */
export const dialogueRfiAnswer = pgTable(
  "dialogue_rfi_answer",
  {
    responseId: uuid("response_id")
      .notNull()
      .references(() => dialogueRfiResponse.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => dialogueRfiQuestion.id, { onDelete: "cascade" }),
    value: jsonb("value").$type<string | number | boolean | number[] | null>(),
    /** The company marked this answer a business secret (liikesalaisuus). */
    isBusinessSecret: boolean("is_business_secret").notNull().default(false),
  },
  (table) => [primaryKey({ name: "dialogue_rfi_answer_pk", columns: [table.responseId, table.questionId] })],
);

/**
 * The file of a file answer, under the plan attachments' rules (PDF, DOCX, XLSX, ODT; 10 MiB; decided
 * from the content). Only the buyer and the responding company may download it.
 */
export const dialogueRfiAnswerFile = pgTable(
  "dialogue_rfi_answer_file",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    responseId: uuid("response_id")
      .notNull()
      .references(() => dialogueRfiResponse.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => dialogueRfiQuestion.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: text("uploaded_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique("dialogue_rfi_answer_file_unique").on(table.responseId, table.questionId)],
);
