import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";

// Market dialogue (markkinavuoropuhelu) on a plan: questions and answers, one-to-one meetings and the
// other steps each have their own tables file (questions-tables.ts, meetings-tables.ts, …). This file
// holds what they share: the level-playing-field record, one row per dialogue step (Procurement Act
// 65–66 §: whatever one company is told, every company is told).

/**
 * One step of a plan's market dialogue as the level-playing-field record lists it: what happened, whom
 * it reached and when. Written by each dialogue command in its own transaction, never edited.
 */
export const dialogueStep = pgTable(
  "dialogue_step",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    /** What happened (dialogueStepKinds), e.g. "question.answered", "meeting-round.opened". */
    kind: text("kind").notNull(),
    /**
     * Whom it reached (dialogueAudiences): "public" (everyone, the plan page and open data), "market"
     * (every interested company and watcher, by e-mail too), "company" (one company: a booking, a
     * question before its answer), "buyer" (the organisation's own record).
     */
    audience: text("audience").notNull(),
    /** The dialogue item it concerns (a question, a meeting round …). */
    subjectId: uuid("subject_id"),
    /** The one company it concerns, when it concerns one. */
    organisationId: text("organisation_id").references(() => organisationsOrganisation.id, {
      onDelete: "set null",
    }),
    /** Facts for the record (counts, times), never a company's confidential text. */
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull().default({}),
    actorId: text("actor_id").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("dialogue_step_plan_idx").on(table.planId, table.createdAt)],
);
