import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";

// "We are interested": a company tells the buyer that it follows a public plan and may tender. One row
// per plan and company; the buyer sees who, everyone else only how many.

export const interestPlanCompany = pgTable(
  "interest_plan_company",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    /** A short note to the buyer (at most 500 characters), or null. */
    note: text("note"),
    /** Who marked it last; kept when the person's account is deleted, as null. */
    markedBy: text("marked_by").references(() => accountsUser.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.planId, table.organisationId] }),
    index("interest_plan_company_organisation_idx").on(table.organisationId),
  ],
);
