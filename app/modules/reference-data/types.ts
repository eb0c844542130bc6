// Types of the reference-data module, safe to import from browser code (no database, no Node APIs).
import type { Locale } from "../../i18n/locales.ts";

export const cpvLevels = ["division", "group", "class", "category", "subcategory"] as const;
/** CPV 2008 levels: XX000000 division, XXX00000 group, XXXX0000 class, XXXXX000 category, deeper subcategory. */
export type CpvLevel = (typeof cpvLevels)[number];

export type LocalizedLabel = Record<Locale, string>;

export type CpvCode = {
  /** Eight digits, without the check digit. */
  code: string;
  label: LocalizedLabel;
  level: CpvLevel;
  /** The nearest ancestor that exists in CPV 2008; null for divisions. */
  parentCode: string | null;
  divisionCode: string;
};

export const municipalityLanguages = ["fi", "sv", "fi-sv"] as const;
/** A municipality's official languages: Finnish, Swedish or both. */
export type MunicipalityLanguage = (typeof municipalityLanguages)[number];

export type Municipality = {
  /** Statistics Finland's three-digit municipality code, e.g. "091" for Helsinki. */
  code: string;
  /** The name in the requested locale (Finnish for English, which has no names of its own). */
  name: string;
  nameFi: string;
  nameSv: string;
  language: MunicipalityLanguage;
  regionCode: string;
  regionName: string;
};

export type Region = {
  /** Statistics Finland's two-digit region (maakunta) code, e.g. "01" for Uusimaa. */
  code: string;
  name: string;
  nuts3Code: string;
};

export const eformsCodeLists = [
  "accessibility",
  "environmental-impact",
  "gpp-criteria",
  "innovative-acquisition",
  "social-objective",
  "strategic-procurement",
] as const;
/** The eForms SDK code lists for sustainability that the platform tags plans with. */
export type EformsCodeList = (typeof eformsCodeLists)[number];

export type EformsCode = { list: EformsCodeList; code: string; label: LocalizedLabel };

export const thresholdKinds = ["national", "eu"] as const;
export type ThresholdKind = (typeof thresholdKinds)[number];

export const thresholdCategories = [
  "goods-services",
  "goods-services-central-government",
  "design-contests",
  "design-contests-central-government",
  "works",
  "social-health-services",
  "other-special-services",
  "concessions",
] as const;
/**
 * What is procured, as the thresholds distinguish it. Each category has one national and one EU threshold
 * at a time: the EU light-touch threshold is stored for both social-health-services and
 * other-special-services, and central government buyers have their own EU goods/services threshold.
 */
export type ThresholdCategory = (typeof thresholdCategories)[number];

export type ProcurementThreshold = {
  kind: ThresholdKind;
  category: ThresholdCategory;
  /** Euros without VAT; a value equal to the amount is at or above the threshold. */
  amountEur: number;
  /** ISO dates (Finnish calendar days), both inclusive; validTo null means until further notice. */
  validFrom: string;
  validTo: string | null;
  legalSource: string;
};

/** Where an estimated value falls against the thresholds of its category. */
export type ValueBand = "below-national" | "national" | "eu";
