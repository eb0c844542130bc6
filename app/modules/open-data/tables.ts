import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisationsOrganisation } from "../organisations/tables.ts";

/**
 * Organisation API tokens for the write API. Only the SHA-256 hash of the token is stored; the token
 * itself is shown once, when created. A token works until `expires_at` and while its owner may edit the
 * organisation's plans (ADR 024).
 */
export const apiToken = pgTable(
  "api_token",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** The user who created it (no foreign key: the audit log keeps the history after an account is erased). */
    createdBy: text("created_by"),
    /**
     * The person the token acts as: its creator, until an administrator takes it over. Without a buyer
     * role in the organisation (or the platform administrator's), the token does not work.
     */
    ownedBy: text("owned_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Updated at most once a minute (authenticateApiToken), so API requests are not all writes. */
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [index("api_token_organisation_idx").on(table.organisationId)],
);
