// The plan form is flat (`title.fi`, `lots.0.title.fi`, checkboxes `list/code`); planInputSchema is
// nested. These pure functions map between the two, so the page and its test share one mapping.

import { formIntents } from "../../lib/form-intent.ts";

export type PlanFormValues = Record<string, string | string[]>;

/** The plan form's buttons: save, search CPV codes, or pick a found one (`useCpv:<code>`). */
export const planFormIntents = formIntents(["save", "searchCpv", "useCpv"], { fallback: "save" });

/** How many lot rows the form shows (empty inputs, so it works without JavaScript). */
export const lotRows = 5;
const languages = ["fi", "sv", "en"] as const;
const translatedFields = ["title", "need", "strategyGoal", "noLotsReason"] as const;
const plainFields = [
  "mainCpv",
  "valueCategory",
  "dialogueStart",
  "dialogueEnd",
  "contractStart",
  "procedure",
  "contactName",
  "contactEmail",
  "contactPhone",
  "confidence",
  "visibility",
] as const;
const numberFields = [
  "estimatedValueEur",
  "tenderYear",
  "tenderQuarter",
  "tenderMonth",
  "contractDurationMonths",
  "optionMonths",
] as const;
const multiFields = ["participants", "sustainability"] as const;

/** A number typed by a person ("450 000", "450000"); text that is no number stays text for the schema. */
function toNumber(value: string): number | string | undefined {
  const compact = value.replace(/[\s\u00a0]/g, "");
  if (compact === "") return undefined;
  return /^-?\d+$/.test(compact) ? Number(compact) : compact;
}
const orUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * Reads the posted fields into the form's values (lot rows without content dropped and renumbered, so
 * error paths like `lots.1.title.fi` match what the page shows again).
 */
export function readPlanForm(entries: Iterable<[string, unknown]>): PlanFormValues {
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = { participants: [], sustainability: [] };
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue;
    if ((multiFields as readonly string[]).includes(key)) multi[key]?.push(value);
    else single[key] = value;
  }
  const values: PlanFormValues = {};
  for (const [key, value] of Object.entries(single)) if (!key.startsWith("lots.")) values[key] = value;
  let next = 0;
  for (let row = 0; row < 100; row += 1) {
    const keys = [
      ...["title.fi", "title.sv", "title.en", "description.fi", "description.sv", "description.en"],
      ...["mainCpv", "estimatedValueEur"],
    ];
    const cells = keys.map((key) => single[`lots.${row}.${key}`] ?? "");
    if (cells.every((cell) => cell.trim() === "")) continue;
    keys.forEach((key, index) => {
      values[`lots.${next}.${key}`] = cells[index] ?? "";
    });
    next += 1;
  }
  values.participants = multi.participants ?? [];
  values.sustainability = multi.sustainability ?? [];
  return values;
}

/** The form's values in planInputSchema's shape (the schema then checks everything). */
export function planFormToInput(values: PlanFormValues): Record<string, unknown> {
  const text = (key: string) => {
    const value = values[key];
    return typeof value === "string" ? value : "";
  };
  const list = (key: string) => {
    const value = values[key];
    return Array.isArray(value) ? value : [];
  };
  const input: Record<string, unknown> = {};
  for (const field of translatedFields) {
    input[field] = Object.fromEntries(languages.map((lang) => [lang, text(`${field}.${lang}`)]));
  }
  for (const field of plainFields) input[field] = orUndefined(text(field));
  for (const field of numberFields) input[field] = toNumber(text(field));
  input.additionalCpv = text("additionalCpv")
    .split(/[\s,;]+/)
    .filter((code) => code !== "");
  input.participants = list("participants").filter((id) => id !== "");
  input.sustainability = list("sustainability").flatMap((tag) => {
    const [tagList, code] = tag.split("/");
    return tagList && code ? [{ list: tagList, code }] : [];
  });
  input.isDividedIntoLots = text("isDividedIntoLots") === "on";
  input.employmentCondition = text("employmentCondition") === "on";
  const lots: Record<string, unknown>[] = [];
  for (let row = 0; values[`lots.${row}.title.fi`] !== undefined; row += 1) {
    lots.push({
      title: Object.fromEntries(languages.map((lang) => [lang, text(`lots.${row}.title.${lang}`)])),
      description: Object.fromEntries(
        languages.map((lang) => [lang, text(`lots.${row}.description.${lang}`)]),
      ),
      mainCpv: text(`lots.${row}.mainCpv`),
      estimatedValueEur: toNumber(text(`lots.${row}.estimatedValueEur`)),
    });
  }
  input.lots = lots;
  return input;
}

type Translated = { fi: string; sv?: string; en?: string } | null | undefined;

/** A saved plan (its snapshot) as form values, for the edit form. */
export function planToFormValues(plan: Record<string, unknown>): PlanFormValues {
  const values: PlanFormValues = {};
  const put = (key: string, value: unknown) => {
    if (value !== null && value !== undefined) values[key] = String(value);
  };
  for (const field of translatedFields) {
    const value = plan[field] as Translated;
    for (const lang of languages) put(`${field}.${lang}`, value?.[lang]);
  }
  for (const field of [...plainFields, ...numberFields]) put(field, plan[field]);
  values.additionalCpv = ((plan.additionalCpv as string[] | undefined) ?? []).join(" ");
  values.participants = (plan.participants as string[] | undefined) ?? [];
  values.sustainability = (plan.sustainability as string[] | undefined) ?? [];
  if (plan.isDividedIntoLots) values.isDividedIntoLots = "on";
  if (plan.employmentCondition) values.employmentCondition = "on";
  type FormLot = {
    title: Translated;
    description?: Translated;
    mainCpv?: string;
    estimatedValueEur: number | null;
  };
  const lots = (plan.lots as FormLot[] | undefined) ?? [];
  lots.forEach((lot, row) => {
    for (const lang of languages) values[`lots.${row}.title.${lang}`] = lot.title?.[lang] ?? "";
    for (const lang of languages) values[`lots.${row}.description.${lang}`] = lot.description?.[lang] ?? "";
    values[`lots.${row}.mainCpv`] = lot.mainCpv ?? "";
    values[`lots.${row}.estimatedValueEur`] =
      lot.estimatedValueEur === null ? "" : String(lot.estimatedValueEur);
  });
  return values;
}
