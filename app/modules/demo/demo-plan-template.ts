import type { EformsCodeList } from "../reference-data/types.ts";

type Text = { fi: string; sv: string; en?: string };
export type DemoValueCategory = "goods-services" | "works" | "social-health-services";
export type DemoProcedure =
  | "open"
  | "restricted"
  | "negotiated"
  | "competitive-dialogue"
  | "innovation-partnership"
  | "dynamic-purchasing-system"
  | "framework-mini-competition"
  | "not-decided";

/**
 * A hand-written kind of procurement that the generator varies: `{area}` in a title is replaced by a
 * district of the organisation. Values are euros excluding VAT for the whole contract period.
 */
export type PlanTemplate = {
  title: Text & { en: string };
  need: Text;
  mainCpv: string;
  additionalCpv?: string[];
  valueCategory: DemoValueCategory;
  value: [number, number];
  durationMonths: number;
  optionMonths?: number;
  procedures: DemoProcedure[];
  /** When given, the plan is divided into these lots about half of the time; a lot may have its own CPV code. */
  lots?: (Text & { cpv?: string })[];
  noLotsReason: Text;
  sustainability: { list: EformsCodeList; code: string }[];
  employmentCondition?: boolean;
  /** Only these organisations plan it (e.g. home care stays with Helsinki since the 2023 reform). */
  onlyFor?: string[];
};
