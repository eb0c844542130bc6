import type { TextByLanguage } from "../../lib/pick-translation.ts";
import type { PlanInput } from "./schemas.ts";

// A plan's texts are required in at least one of its organisation's official languages (issue 12
// point 3): a Swedish-speaking authority writes Swedish only, a Finnish-only municipality Finnish. The
// schema checks "Finnish or Swedish" without the database; the command adds the organisation's own rule.

/** An organisation's official languages: one of them is required in each of a plan's texts. */
export type OfficialLanguages = readonly ("fi" | "sv")[];

/** Finnish or Swedish: what is required when the organisation's languages are not known. */
export const eitherOfficialLanguage: OfficialLanguages = ["fi", "sv"];

/** A municipality's language (reference data: fi, sv or fi-sv) as official languages. */
export function officialLanguagesOf(municipalityLanguage: string | null | undefined): OfficialLanguages {
  if (municipalityLanguage === "fi") return ["fi"];
  if (municipalityLanguage === "sv") return ["sv"];
  return eitherOfficialLanguage;
}

/**
 * The required texts that lack all of the organisation's official languages: path of the field to
 * fill (its first official language) → catalogue key. Empty when every text is in one of them.
 * @example findMissingLanguages(input, ["fi"]) // { "title.fi": "plans.errors.finnishRequired" }
 */
export function findMissingLanguages(
  input: Pick<PlanInput, "title" | "need" | "lots" | "noLotsReason" | "isDividedIntoLots">,
  languages: OfficialLanguages,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const [first = "fi"] = languages;
  const message =
    languages.length > 1
      ? "validation.required"
      : first === "fi"
        ? "plans.errors.finnishRequired"
        : "plans.errors.swedishRequired";
  const check = (path: string, text: TextByLanguage | undefined) => {
    if (text && !languages.some((lang) => text[lang])) errors[`${path}.${first}`] = message;
  };
  check("title", input.title);
  check("need", input.need);
  input.lots.forEach((lot, index) => {
    check(`lots.${index}.title`, lot.title);
  });
  if (!input.isDividedIntoLots) check("noLotsReason", input.noLotsReason ?? {});
  return errors;
}
