import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";

// Partner search (kumppanihaku): a company posts a request on a public plan, another company contacts it,
// and the two write in a thread of their own. Addresses stay hidden until the poster answers.

export const partnersRequest = pgTable(
  "partners_request",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    /**
     * The plan's lot by its number (lots are rewritten when a plan is saved, their ids are not stable);
     * null for the whole plan.
     */
    lotNumber: integer("lot_number"),
    /** The company that posts the request. */
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    /** joint-tender | subcontracting */
    kind: text("kind").notNull(),
    /** offering | seeking */
    direction: text("direction").notNull(),
    description: text("description").notNull(),
    /** open | closed */
    status: text("status").notNull().default("open"),
    createdBy: text("created_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (table) => [
    index("partners_request_plan_idx").on(table.planId, table.status),
    index("partners_request_organisation_idx").on(table.organisationId),
  ],
);

/** One conversation between the poster and one contacting company per request. */
export const partnersThread = pgTable(
  "partners_thread",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => partnersRequest.id, { onDelete: "cascade" }),
    /** The contacting company. */
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex("partners_thread_request_organisation_idx").on(table.requestId, table.organisationId),
    // The daily limit counts a company's new threads.
    index("partners_thread_organisation_created_idx").on(table.organisationId, table.createdAt),
  ],
);

export const partnersMessage = pgTable(
  "partners_message",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => partnersThread.id, { onDelete: "cascade" }),
    /** The company the sender wrote for: the poster's or the contacting one. */
    senderOrganisationId: text("sender_organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    senderUserId: text("sender_user_id").references(() => accountsUser.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [index("partners_message_thread_idx").on(table.threadId, table.createdAt)],
);
