import { sql } from "drizzle-orm";
import { check, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accountsUser } from "../accounts/tables.ts";
import { plansPlan } from "../plans/tables.ts";

// The notices a buyer has sent to Hilma from a plan (issue 14): which notice type, and where Hilma
// published it. The XML itself is never stored: it is generated from the plan when downloaded. The
// public plan page links to each recorded notice.

/** A plan's notice of one type, recorded once the buyer has submitted it on Hilma. */
export const noticesNotice = pgTable(
  "notices_notice",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    /** noticeTypes: E1, E2 or PIN. */
    type: text("type").notNull(),
    /**
     * Where Hilma published it: the notice's address in Hilma, Hilma's notice number or the eForms
     * notice identifier (readHilmaNotice decides; anything else is refused).
     */
    reference: text("reference").notNull(),
    recordedBy: text("recorded_by").references(() => accountsUser.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.type] }),
    check("notices_notice_type_check", sql`${table.type} in ('E1', 'E2', 'PIN')`),
  ],
);
