// The new-presentation form is flat (repeated `recipients` checkboxes, CPV codes in one text field);
// presentationSchema wants lists. These pure functions map between the two for the page and its test.

export type PresentationFormValues = Record<string, string | string[]>;

const multiFields = ["recipients"] as const;

/** Reads the posted text fields (files are read apart); repeated checkboxes become lists. */
export function readPresentationForm(entries: Iterable<[string, unknown]>): PresentationFormValues {
  const values: PresentationFormValues = { recipients: [] };
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue;
    if ((multiFields as readonly string[]).includes(key)) (values[key] as string[]).push(value);
    else values[key] = value;
  }
  return values;
}

const text = (values: PresentationFormValues, key: string) => {
  const value = values[key];
  return typeof value === "string" ? value.trim() : "";
};

/** The form's values in presentationSchema's shape (the schema then checks everything). */
export function presentationFormToInput(values: PresentationFormValues): Record<string, unknown> {
  const recipients = values.recipients;
  return {
    title: text(values, "title"),
    offering: text(values, "offering"),
    needs: text(values, "needs"),
    language: text(values, "language") || undefined,
    cpv: text(values, "cpv")
      .split(/[\s,;]+/)
      .filter((code) => code !== ""),
    recipients: Array.isArray(recipients) ? recipients : [],
    planId: text(values, "planId"),
  };
}
