import { type PickerFields, typedPickerCodes } from "../reference-data/index.ts";

// The new-presentation form is flat (repeated `recipients` and `cpv` checkboxes, the CPV picker's search
// box); presentationSchema wants lists. These pure functions map between the two for the page and its test.

export type PresentationFormValues = Record<string, string | string[]>;

/** The form's code picker (app/components/code-picker.tsx): the CPV codes of what is offered. */
export const presentationPickers: PickerFields = [{ field: "cpv", kind: "cpv" }];

const multiFields = ["recipients", "cpv"] as const;

/**
 * Reads the posted text fields (files are read apart); repeated checkboxes become lists, and codes typed
 * into the picker's search box ("90910000-9, 90919200") are picked as the old code field took them.
 */
export function readPresentationForm(entries: Iterable<[string, unknown]>): PresentationFormValues {
  const values: PresentationFormValues = { recipients: [], cpv: [] };
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue;
    if ((multiFields as readonly string[]).includes(key)) (values[key] as string[]).push(value);
    else if (key === "cpvSearch") (values.cpv as string[]).push(...typedPickerCodes(value));
    else values[key] = value;
  }
  return values;
}

const text = (values: PresentationFormValues, key: string) => {
  const value = values[key];
  return typeof value === "string" ? value.trim() : "";
};
const list = (values: PresentationFormValues, key: string) => {
  const value = values[key];
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
};

/** The form's values in presentationSchema's shape (the schema then checks everything). */
export function presentationFormToInput(values: PresentationFormValues): Record<string, unknown> {
  return {
    title: text(values, "title"),
    offering: text(values, "offering"),
    needs: text(values, "needs"),
    language: text(values, "language") || undefined,
    // One code per ticked box; a comma-separated list (the API's and old forms' way) is split too.
    cpv: [...new Set(list(values, "cpv").flatMap((item) => item.split(/[\s,;]+/)))].filter(
      (code) => code !== "",
    ),
    recipients: list(values, "recipients"),
    planId: text(values, "planId"),
  };
}
