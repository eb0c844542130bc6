import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
} from "drizzle-orm/pg-core";
import type {
  CpvLevel,
  EformsCodeList,
  MunicipalityLanguage,
  ThresholdCategory,
  ThresholdKind,
} from "./types.ts";

// Reference data is loaded from the files in reference-data/ (see load-reference-data.server.ts) and is
// read-only for the rest of the app. Rows are never deleted by a reload, so other modules may point at them.

export const refCpvCode = pgTable(
  "ref_cpv_code",
  {
    code: text("code").primaryKey(),
    labelFi: text("label_fi").notNull(),
    labelSv: text("label_sv").notNull(),
    labelEn: text("label_en").notNull(),
    level: text("level").$type<CpvLevel>().notNull(),
    parentCode: text("parent_code").references((): AnyPgColumn => refCpvCode.code),
    divisionCode: text("division_code").notNull(),
  },
  (table) => [
    check("ref_cpv_code_code_check", sql`${table.code} ~ '^[0-9]{8}$'`),
    check(
      "ref_cpv_code_level_check",
      sql`${table.level} in ('division', 'group', 'class', 'category', 'subcategory')`,
    ),
    index("ref_cpv_code_parent_idx").on(table.parentCode),
    index("ref_cpv_code_division_idx").on(table.divisionCode),
  ],
);

export const refNutsRegion = pgTable("ref_nuts_region", {
  code: text("code").primaryKey(),
  labelFi: text("label_fi").notNull(),
  labelSv: text("label_sv").notNull(),
  labelEn: text("label_en").notNull(),
  /** 0 for the country (FI), 1–3 for NUTS 1–3. */
  level: smallint("level").notNull(),
});

/** Finnish regions (maakunnat) by Statistics Finland's code, with their NUTS 3 region. */
export const refRegion = pgTable("ref_region", {
  code: text("code").primaryKey(),
  nameFi: text("name_fi").notNull(),
  nameSv: text("name_sv").notNull(),
  nameEn: text("name_en").notNull(),
  nuts3Code: text("nuts3_code")
    .notNull()
    .references(() => refNutsRegion.code),
});

export const refMunicipality = pgTable(
  "ref_municipality",
  {
    code: text("code").primaryKey(),
    nameFi: text("name_fi").notNull(),
    /** The Finnish name again where the municipality has no Swedish name. */
    nameSv: text("name_sv").notNull(),
    regionCode: text("region_code")
      .notNull()
      .references(() => refRegion.code),
    language: text("language").$type<MunicipalityLanguage>().notNull(),
  },
  (table) => [
    check("ref_municipality_code_check", sql`${table.code} ~ '^[0-9]{3}$'`),
    check("ref_municipality_language_check", sql`${table.language} in ('fi', 'sv', 'fi-sv')`),
    index("ref_municipality_region_idx").on(table.regionCode),
  ],
);

/** Every eForms code list in one table, keyed by list name (e.g. "social-objective") and code. */
export const refEformsCode = pgTable(
  "ref_eforms_code",
  {
    listName: text("list_name").$type<EformsCodeList>().notNull(),
    code: text("code").notNull(),
    labelFi: text("label_fi").notNull(),
    labelSv: text("label_sv").notNull(),
    labelEn: text("label_en").notNull(),
  },
  (table) => [primaryKey({ columns: [table.listName, table.code] })],
);

/** Procurement thresholds as dated rows, so a change in the law is a data change, not a code change. */
export const refProcurementThreshold = pgTable(
  "ref_procurement_threshold",
  {
    kind: text("kind").$type<ThresholdKind>().notNull(),
    category: text("category").$type<ThresholdCategory>().notNull(),
    amountEur: integer("amount_eur").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    /** Inclusive; null while no end date is known. */
    validTo: date("valid_to", { mode: "string" }),
    legalSource: text("legal_source").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.category, table.validFrom] }),
    check("ref_procurement_threshold_kind_check", sql`${table.kind} in ('national', 'eu')`),
    check("ref_procurement_threshold_amount_check", sql`${table.amountEur} > 0`),
    check(
      "ref_procurement_threshold_dates_check",
      sql`${table.validTo} is null or ${table.validTo} >= ${table.validFrom}`,
    ),
  ],
);
