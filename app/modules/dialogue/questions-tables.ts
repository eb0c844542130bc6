import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";

// Questions and answers (kysymykset ja vastaukset) on a public plan: a company asks, the buyer answers,
// and question and answer are published together to everyone. Until then the question is seen by the
// buyer and the asking company only. The buyer may neutralise the question's wording for publication;
// the original stays here (and in the audit log) for the record.

export const dialogueQuestion = pgTable(
  "dialogue_question",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    /** The asking company; null once the company is gone (the published pair stays). */
    organisationId: text("organisation_id").references(() => organisationsOrganisation.id, {
      onDelete: "set null",
    }),
    askedBy: text("asked_by").references(() => accountsUser.id, { onDelete: "set null" }),
    /** The question as the company wrote it: the buyer's and the company's eyes only. */
    question: text("question").notNull(),
    /** Whether the company may be named with the published question (anonymous by default). */
    showCompany: boolean("show_company").notNull().default(false),
    /** open | published | declined */
    state: text("state").notNull().default("open"),
    /** The question as published: the original or the buyer's neutral wording of it. */
    publishedQuestion: text("published_question"),
    answer: text("answer"),
    /** Why the buyer declined to answer (told to the asking company only). */
    declineReason: text("decline_reason"),
    answeredBy: text("answered_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (table) => [
    index("dialogue_question_plan_idx").on(table.planId, table.state, table.publishedAt),
    index("dialogue_question_organisation_idx").on(table.organisationId, table.createdAt),
    check("dialogue_question_state_check", sql`${table.state} in ('open', 'published', 'declined')`),
    // A published question always has its public wording, its answer and its time.
    check(
      "dialogue_question_published_check",
      sql`${table.state} <> 'published' or (${table.publishedQuestion} is not null and ${table.answer} is not null and ${table.publishedAt} is not null)`,
    ),
  ],
);

/** A plan's market-dialogue settings: the last moment companies may ask (null: while the plan is open). */
export const dialoguePlanSettings = pgTable("dialogue_plan_settings", {
  planId: uuid("plan_id")
    .primaryKey()
    .references(() => plansPlan.id, { onDelete: "cascade" }),
  questionDeadline: timestamp("question_deadline", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
