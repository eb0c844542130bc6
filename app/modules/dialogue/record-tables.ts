import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";

// The level-playing-field record's own tables (issue 13 points 6 and 7): the buyer's register of
// pre-market contacts outside the platform's rounds, and the short anonymous survey "why didn't you
// respond?" sent after a round closes to the companies that followed the plan but took no part.

/**
 * A pre-market contact the buyer keeps on record (a meeting, call, visit, e-mail): who met whom, when,
 * what was shared and the conflicts of interest declared. Only `kind`, `occurred_at` and
 * `public_summary` ever reach the public version of the record.
 */
export const dialogueContact = pgTable(
  "dialogue_contact",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    /** contactKinds: "meeting", "call", "visit", "email" or "other". */
    kind: text("kind").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    /** The company on the platform, when it is one. */
    organisationId: text("organisation_id").references(() => organisationsOrganisation.id, {
      onDelete: "set null",
    }),
    /** The organisation's name as written, when it is not on the platform (or in addition). */
    organisationName: text("organisation_name"),
    ourParticipants: text("our_participants").notNull().default(""),
    theirParticipants: text("their_participants").notNull().default(""),
    /** What was shared or discussed: the buyer's confidential note. */
    sharedMaterial: text("shared_material").notNull().default(""),
    /** Whether what was shared has been published to every company (else: a warning). */
    isSharedMaterialPublic: boolean("is_shared_material_public").notNull().default(false),
    conflictOfInterest: text("conflict_of_interest").notNull().default(""),
    /** The one line the public version shows, if any. */
    publicSummary: text("public_summary"),
    createdBy: text("created_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text("updated_by").references(() => accountsUser.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("dialogue_contact_plan_idx").on(table.planId, table.occurredAt),
    index("dialogue_contact_organisation_idx").on(table.organisationId),
    check(
      "dialogue_contact_kind_check",
      sql`${table.kind} in ('meeting', 'call', 'visit', 'email', 'other')`,
    ),
  ],
);

/**
 * One company's invitation to the survey after a closed step (`subject_id`, e.g. a meeting round).
 * One per company and subject; `answered_at` is set, under the row's lock, in the transaction that
 * stores the answer, so a company answers once.
 */
export const dialogueSurveyInvitation = pgTable(
  "dialogue_survey_invitation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    subjectId: uuid("subject_id").notNull(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The day (midnight UTC) the company answered: no finer, so it cannot single out an answer. */
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (table) => [
    unique("dialogue_survey_invitation_once").on(table.subjectId, table.organisationId),
    index("dialogue_survey_invitation_organisation_idx").on(table.organisationId),
  ],
);

/**
 * An answer to the survey, anonymous by construction: no company, person or invitation is stored with
 * it, only the plan and the step it concerns. The invitation row says that the company has answered.
 */
export const dialogueSurveyAnswer = pgTable(
  "dialogue_survey_answer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    subjectId: uuid("subject_id").notNull(),
    /** surveyBarriers picked. */
    barriers: text("barriers").array().notNull(),
    freeText: text("free_text").notNull().default(""),
  },
  (table) => [
    index("dialogue_survey_answer_subject_idx").on(table.subjectId),
    check(
      "dialogue_survey_answer_barriers_check",
      sql`${table.barriers} <@ array['too-big', 'timetable', 'unclear-need', 'criteria', 'capacity', 'other']::text[]`,
    ),
  ],
);
