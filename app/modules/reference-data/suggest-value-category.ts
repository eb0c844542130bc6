import { normalizeCpvCode } from "./cpv-hierarchy.ts";
import type { ThresholdCategory } from "./types.ts";

// Social, health and other specific services (Directive 2014/24/EU Annex XIV, "light-touch regime";
// Hankintalaki 1397/2016 liite E) have thresholds of their own: nationally 400 000 € for points 1–4
// (social and health services) and 300 000 € for points 5–15, in the EU 750 000 € for all. The annex
// names them by CPV code, one by one or as ranges "from … to …"; its list is copied below, numbered as
// liite E numbers it. A range includes the codes under its last code (e.g. up to 85323999).
// Only a suggestion (issue 12 point 14): the buyer decides the kind, e.g. a concession or a central
// government purchase, which the CPV code cannot tell.

type AnnexEntry = { point: number; from: string; to?: string };

const entry = (point: number, codes: string): AnnexEntry[] =>
  codes.split(/,\s*/).map((part) => {
    const [from = "", to] = part.split("-");
    return to ? { point, from, to } : { point, from };
  });

const annexE: AnnexEntry[] = [
  // 1 Health, social and related services.
  ...entry(
    1,
    "75200000, 75231200, 75231240, 79611000, 79622000, 79624000, 79625000, 85000000-85323000, 98133100, 98133000, 98200000, 98500000, 98513000-98514000",
  ),
  // 2 Administrative social, educational, healthcare and cultural services.
  ...entry(
    2,
    "85321000, 85322000, 75000000, 75121000, 75122000, 75124000, 79995000-79995200, 80000000-80660000, 92000000-92700000, 79950000, 79951000, 79952000, 79952100, 79953000, 79954000, 79955000, 79956000",
  ),
  // 3 Compulsory social security services.
  ...entry(3, "75300000"),
  // 4 Benefit services.
  ...entry(4, "75310000, 75311000, 75312000, 75313000, 75313100, 75314000, 75320000, 75330000, 75340000"),
  // 5 Other community, social and personal services (trade unions, political and youth organisations…).
  ...entry(5, "98000000, 98120000, 98132000, 98133110, 98130000"),
  // 6 Religious services.
  ...entry(6, "98131000"),
  // 7 Hotel and restaurant services.
  ...entry(
    7,
    "55100000-55410000, 55521000-55521200, 55520000, 55522000, 55523000, 55524000, 55510000, 55511000, 55512000, 55523100",
  ),
  // 8 Legal services not excluded by the Act.
  ...entry(8, "79100000-79140000, 75231100"),
  // 9 Other administrative services and government services.
  ...entry(9, "75100000-75120000, 75123000, 75125000-75131000"),
  // 10 Provision of services to the community.
  ...entry(10, "75200000-75231000, 75231210-75231230, 75240000-75252000, 79430000, 98113100"),
  // 12 Investigation and security services (11, prison and rescue services, repeats 10's codes).
  ...entry(12, "79700000-79721000, 79722000, 79723000"),
  // 13 International services.
  ...entry(13, "98900000, 98910000"),
  // 14 Postal services.
  ...entry(
    14,
    "64000000, 64100000, 64110000, 64111000, 64112000, 64113000, 64114000, 64115000, 64116000, 64122000",
  ),
  // 15 Miscellaneous services.
  ...entry(15, "50116510, 71550000"),
];

/** The last code under a code: 85323000 → 85323999. */
const lastUnder = (code: string) => {
  const significant = code.replace(/0+$/, "");
  return significant.padEnd(8, "9");
};

/** What the main CPV code suggests: the threshold category and, for Annex E services, its point. */
export type ValueCategorySuggestion = {
  category: Extract<
    ThresholdCategory,
    "goods-services" | "works" | "social-health-services" | "other-special-services"
  >;
  /** The point of Hankintalaki liite E (Annex XIV of Directive 2014/24/EU), 1–15. */
  annexPoint?: number;
};

/**
 * The threshold category a main CPV code suggests: works for division 45, social and health services
 * (liite E points 1–4) or other specific services (points 5–15) for the codes the annex lists, else
 * goods and services. Null when the text is no CPV code. Pure, so the form can show it as one types.
 * @example suggestValueCategory("85311000-2") // { category: "social-health-services", annexPoint: 1 }
 */
export function suggestValueCategory(text: string): ValueCategorySuggestion | null {
  const code = normalizeCpvCode(text);
  if (!code) return null;
  const found = annexE.find((item) =>
    item.to ? code >= item.from && code <= lastUnder(item.to) : code === item.from,
  );
  if (found)
    return {
      category: found.point <= 4 ? "social-health-services" : "other-special-services",
      annexPoint: found.point,
    };
  if (code.startsWith("45")) return { category: "works" };
  return { category: "goods-services" };
}

/**
 * Whether a chosen category fits the suggestion: the CPV code cannot tell a central government buyer,
 * a design contest or a concession, so those fit any suggestion of their kind.
 */
export function fitsSuggestion(chosen: ThresholdCategory, suggestion: ValueCategorySuggestion): boolean {
  if (chosen === suggestion.category || chosen === "concessions") return true;
  if (suggestion.category === "goods-services")
    return chosen !== "works" && chosen !== "social-health-services" && chosen !== "other-special-services";
  return false;
}
