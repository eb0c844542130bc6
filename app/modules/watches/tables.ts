import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accountsUser } from "../accounts/tables.ts";
import { plansPlan } from "../plans/tables.ts";

const tsquery = customType<{ data: string }>({ dataType: () => "tsquery" });

// Watches (hakuvahdit): a person's saved criteria for plans, the notifications they produced, and the
// queue of public plan versions waiting to be matched. One SQL pass matches a plan version against every
// watch: the criteria are arrays with GIN indexes and the keywords are stored as ready tsqueries.

export const watchesWatch = pgTable(
  "watches_watch",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => accountsUser.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The CPV codes chosen, as given (for the form). */
    cpvCodes: text("cpv_codes").array().notNull().default(sql`'{}'::text[]`),
    /** Their significant-digit prefixes: a plan matches when one of its codes starts with one. */
    cpvPrefixes: text("cpv_prefixes").array().notNull().default(sql`'{}'::text[]`),
    regions: text("regions").array().notNull().default(sql`'{}'::text[]`),
    municipalities: text("municipalities").array().notNull().default(sql`'{}'::text[]`),
    organisations: text("organisations").array().notNull().default(sql`'{}'::text[]`),
    valueBands: text("value_bands").array().notNull().default(sql`'{}'::text[]`),
    /** The keywords as typed; empty when the watch has none. */
    keywords: text("keywords").notNull().default(""),
    /** The query words, lower case (searchWords), joined by spaces, for the full-text queries. */
    keywordText: text("keyword_text").notNull().default(""),
    /**
     * One entry per query word: the word and, for a mistyped word, its lexicon alternatives, separated
     * by spaces. A plan's plain text must contain one part of every entry (the public search's rule).
     */
    keywordGroups: text("keyword_groups").array().notNull().default(sql`'{}'::text[]`),
    queryFi: tsquery("query_fi").generatedAlwaysAs(
      sql`websearch_to_tsquery('finnish'::regconfig, keyword_text)`,
    ),
    querySv: tsquery("query_sv").generatedAlwaysAs(
      sql`websearch_to_tsquery('swedish'::regconfig, keyword_text)`,
    ),
    queryEn: tsquery("query_en").generatedAlwaysAs(
      sql`websearch_to_tsquery('english'::regconfig, keyword_text)`,
    ),
    /** published | dialogue-opened | changed | tender-published */
    events: text("events").array().notNull(),
    instant: boolean("instant").notNull().default(true),
    digest: boolean("digest").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("watches_watch_user_idx").on(table.userId),
    index("watches_watch_cpv_idx").using("gin", table.cpvPrefixes),
  ],
);

/**
 * One notification per (watch, plan, event, plan version): the unique index makes matching idempotent
 * under retries and restarts. `emailedAt` is set when the instant e-mail was queued, `digestedAt` when a
 * digest included it (or decided to skip it); `readAt` when the person opened it in the app.
 */
export const watchesNotification = pgTable(
  "watches_notification",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    watchId: uuid("watch_id")
      .notNull()
      .references(() => watchesWatch.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => accountsUser.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    planVersion: integer("plan_version").notNull(),
    event: text("event").notNull(),
    /**
     * What the event is about within the plan when a plan version does not tell: the question whose
     * answer was published ("answer-published"). Null for version events.
     */
    subjectId: uuid("subject_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Whether an instant e-mail is owed: copied from the watch when the notification is made. */
    instantPending: boolean("instant_pending").notNull().default(false),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    digestedAt: timestamp("digested_at", { withTimezone: true }),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("watches_notification_once_idx").on(
      table.watchId,
      table.planId,
      table.event,
      table.planVersion,
      sql`coalesce(${table.subjectId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index("watches_notification_user_idx").on(table.userId, table.createdAt),
    index("watches_notification_unread_idx").on(table.userId).where(sql`${table.readAt} is null`),
    index("watches_notification_instant_idx").on(table.createdAt).where(sql`${table.instantPending}`),
    index("watches_notification_digest_idx")
      .on(table.userId)
      .where(sql`${table.digestedAt} is null and ${table.emailedAt} is null`),
    check(
      "watches_notification_event_check",
      sql`${table.event} in ('published', 'dialogue-opened', 'changed', 'tender-published', 'answer-published', 'dialogue-published')`,
    ),
  ],
);

/**
 * Public plan versions waiting to be matched, filled by a trigger on plans_version (in the writer's
 * transaction, so no publication is missed) and emptied by the worker in the transaction that makes
 * the notifications.
 */
export const watchesPendingVersion = pgTable("watches_pending_version", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  planId: uuid("plan_id").notNull(),
  version: integer("version").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  attempts: integer("attempts").notNull().default(0),
  lastError: text("last_error"),
});
