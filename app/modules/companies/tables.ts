import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import type { Translated } from "../plans/tables.ts";
import { refCpvCode, refMunicipality, refRegion } from "../reference-data/tables.ts";

// A company's profile: one row per company organisation, with its offering (CPV codes), where it
// serves, certificates, references and contact persons. The organisation row keeps the name and
// Y-tunnus; a company is in the public directory only when it says so (is_listed).

export const companiesProfile = pgTable(
  "companies_profile",
  {
    organisationId: text("organisation_id")
      .primaryKey()
      .references(() => organisationsOrganisation.id, { onDelete: "cascade" }),
    /** micro | small | medium | large (the EU SME definition) */
    sizeClass: text("size_class").notNull(),
    description: jsonb("description").$type<Translated>().notNull(),
    website: text("website"),
    /** Languages the company serves customers in: fi, sv, en, and others by ISO 639-1 code. */
    serviceLanguages: text("service_languages").array().notNull().default(sql`'{}'::text[]`),
    servesAllFinland: boolean("serves_all_finland").notNull().default(false),
    isListed: boolean("is_listed").notNull().default(false),
    /** Name and description in every language, lower case, for keyword search (kept by the command). */
    searchText: text("search_text").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [
    index("companies_profile_listed_idx").on(table.isListed, table.sizeClass),
    index("companies_profile_search_trgm_idx").using("gin", sql`${table.searchText} gin_trgm_ops`),
  ],
);

export const companiesCpv = pgTable(
  "companies_cpv",
  {
    organisationId: text("organisation_id")
      .notNull()
      .references(() => companiesProfile.organisationId, { onDelete: "cascade" }),
    cpvCode: text("cpv_code")
      .notNull()
      .references(() => refCpvCode.code),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.cpvCode] }),
    index("companies_cpv_code_idx").on(table.cpvCode),
  ],
);

export const companiesRegion = pgTable(
  "companies_region",
  {
    organisationId: text("organisation_id")
      .notNull()
      .references(() => companiesProfile.organisationId, { onDelete: "cascade" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => refRegion.code),
  },
  (table) => [primaryKey({ columns: [table.organisationId, table.regionCode] })],
);

export const companiesMunicipality = pgTable(
  "companies_municipality",
  {
    organisationId: text("organisation_id")
      .notNull()
      .references(() => companiesProfile.organisationId, { onDelete: "cascade" }),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => refMunicipality.code),
  },
  (table) => [primaryKey({ columns: [table.organisationId, table.municipalityCode] })],
);

export const companiesCertificate = pgTable(
  "companies_certificate",
  {
    organisationId: text("organisation_id")
      .notNull()
      .references(() => companiesProfile.organisationId, { onDelete: "cascade" }),
    /** iso-14001 | iso-9001 | emas | nordic-swan | eu-ecolabel | fairtrade | social-enterprise | avainlippu | other */
    code: text("code").notNull(),
    /** The name of an "other" certificate or label. */
    otherName: text("other_name"),
  },
  (table) => [primaryKey({ columns: [table.organisationId, table.code] })],
);

export const companiesReference = pgTable("companies_reference", {
  id: uuid("id").primaryKey().defaultRandom(),
  organisationId: text("organisation_id")
    .notNull()
    .references(() => companiesProfile.organisationId, { onDelete: "cascade" }),
  position: integer("position").notNull(),
  customer: text("customer").notNull(),
  description: text("description").notNull(),
  year: integer("year"),
});

/**
 * Contact persons: personal data, shown to signed-in buyers and the company's own members only. A
 * contact whose e-mail is a member's verified account address is linked to that account (`user_id`), so
 * the person's export lists it and deleting the account deletes it (ADR 029).
 */
export const companiesContact = pgTable(
  "companies_contact",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => companiesProfile.organisationId, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    title: text("title"),
    email: text("email").notNull(),
    phone: text("phone"),
    userId: text("user_id").references(() => accountsUser.id, { onDelete: "cascade" }),
  },
  (table) => [index("companies_contact_user_idx").on(table.userId)],
);
