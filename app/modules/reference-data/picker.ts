// The code picker's shared shapes (browser-safe): what a picker lists and how its search is asked for.
import { z } from "zod";
import { singleLineText } from "../../lib/text-schemas.ts";

export const pickerKinds = ["cpv", "municipality"] as const;
/** What a picker picks: CPV codes (searched by words or digits) or municipalities (by name or region). */
export type PickerKind = (typeof pickerKinds)[number];

/** One choice of a picker: its code, its name in the reader's language and where it sits. */
export type PickerOption = {
  code: string;
  label: string;
  /** CPV: the names of the broader codes, division first; municipality: the region's name. */
  path: string[];
};

/** Suggestions shown at a time (the picker says when there are more and asks for more words). */
export const pickerSuggestionLimit = 15;

/** The suggestion endpoint's query: `?kind=cpv&q=siivous` (hostile text cleaned, at most 100 chars). */
export const pickerQuerySchema = z.object({
  kind: z.enum(pickerKinds),
  q: singleLineText(100, { min: 2 }),
});

/** A form's pickers: the posted field and what it picks. */
export type PickerFields = readonly { field: string; kind: PickerKind }[];

/**
 * Which picker a posted form asks to search, or null to save the form: the search button of a picker
 * (`pick=<field>`), or saving (the save button, or Enter through the form's default button `pick=`)
 * while a search box holds words.
 */
export function readPickerSearch(
  form: FormData,
  pickers: PickerFields,
): { field: string; kind: PickerKind; query: string } | null {
  const pressed = form.get("pick");
  const pick = typeof pressed === "string" ? pressed : "";
  const queryOf = (field: string) => {
    const value = form.get(`${field}Search`);
    return typeof value === "string" ? value.trim().slice(0, 100) : "";
  };
  // Saving (or Enter) with words left in a search box searches them: the person has not picked yet.
  // Codes typed there are picked by typedPickerCodes instead.
  const picker =
    pickers.find((item) => item.field === pick) ??
    pickers.find((item) => queryOf(item.field) !== "" && !isCodeList(queryOf(item.field)));
  return picker ? { ...picker, query: queryOf(picker.field) } : null;
}

const isCodeList = (text: string) => /^[\d\s,;-]+$/.test(text);

/**
 * Codes typed straight into a picker's search box ("90910000-9, 90919200"): picked on saving, as the
 * plain code field of old took them; anything that is not only digits is a search, not codes.
 */
export function typedPickerCodes(text: unknown): string[] {
  if (typeof text !== "string" || !isCodeList(text.trim())) return [];
  return text.split(/[\s,;]+/).filter((code) => code !== "");
}
