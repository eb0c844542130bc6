import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { accountsUser } from "../accounts/tables.ts";

// The tables of better-auth's organization plugin under the module's prefix, with our own columns:
// kind, municipality code and Y-tunnus.
export const organisationsOrganisation = pgTable(
  "organisations_organisation",
  {
    id: text("id").primaryKey(),
    /** The name as registered (in Finnish for a bilingual or Finnish municipality). */
    name: text("name").notNull(),
    /**
     * The name in Swedish and in English where known ("Esbo stad", "City of Espoo"), shown on /sv/ and
     * /en/ pages; null shows `name`. A municipality's are filled from the reference data by a trigger
     * on insert (migration 0021).
     */
    nameSv: text("name_sv"),
    nameEn: text("name_en"),
    slug: text("slug").notNull().unique(),
    logo: text("logo"),
    metadata: text("metadata"),
    /** municipality | joint-procurement-unit | contracting-authority | company | advisory */
    kind: text("kind").notNull(),
    /** Statistics Finland's three-digit code, for municipality organisations. */
    municipalityCode: text("municipality_code"),
    /** The business ID (Y-tunnus, e.g. 1234567-1), for companies and other organisations that have one. */
    yTunnus: text("y_tunnus"),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [
    // One organisation per Y-tunnus (issue 4): a second registration is told who has it.
    uniqueIndex("organisations_organisation_y_tunnus_idx")
      .on(table.yTunnus)
      .where(sql`${table.yTunnus} is not null`),
  ],
);

export const organisationsMember = pgTable(
  "organisations_member",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => accountsUser.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex("organisations_member_unique").on(table.organizationId, table.userId),
    index("organisations_member_user_idx").on(table.userId),
  ],
);

export const organisationsInvitation = pgTable(
  "organisations_invitation",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role"),
    status: text("status").default("pending").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    inviterId: text("inviter_id")
      .notNull()
      .references(() => accountsUser.id, { onDelete: "cascade" }),
  },
  (table) => [
    index("organisations_invitation_org_idx").on(table.organizationId),
    index("organisations_invitation_email_idx").on(table.email),
  ],
);
