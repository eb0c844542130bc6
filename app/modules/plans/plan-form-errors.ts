import type { PlanFormValues } from "./plan-form.ts";
import { planLimits } from "./schemas.ts";

// The plan form names the limit or the bad value in every error (issue 12 point 13): "at most 5,000
// characters", "“99999999” is not in the CPV 2008 code list". The schema and the API keep their plain
// catalogue keys (the API's answers do not change); this maps a key on a path, with the typed values,
// to the form's own message and the values it names.

/** A catalogue key and the values its text names. */
export type PlanErrorMessage = { key: string; values?: Record<string, string | number> };

const numberFields = new Set([
  "estimatedValueEur",
  "tenderYear",
  "contractDurationMonths",
  "optionMonths",
  "lots.estimatedValueEur",
]);
const translatedFields = new Set(["title", "need", "strategyGoal", "noLotsReason", "lots.title"]);

/** The field a path is about, lot rows without their number: `lots.2.title.sv` → `lots.title`. */
function fieldOf(path: string): string {
  const parts = path.split(".");
  if (parts[0] === "lots" && parts[1] !== undefined && /^\d+$/.test(parts[1]))
    return parts[2] ? `lots.${parts[2]}` : "lots";
  return parts[0] ?? "";
}

function limitOf(field: string): number | undefined {
  if (field === "lots.title") return planLimits.lotTitle;
  return (planLimits as Record<string, number>)[field];
}

/** What the person typed in the field of a path (one code of the additional CPV list by its index). */
function typedValue(path: string, values: PlanFormValues): string {
  const [field, index] = path.split(".");
  const value = field === "additionalCpv" ? values.additionalCpv : values[path];
  const text = typeof value === "string" ? value : "";
  const typed =
    field === "additionalCpv" && index !== undefined
      ? (text.split(/[\s,;]+/).filter((code) => code !== "")[Number(index)] ?? "")
      : text.trim();
  return typed.length > 40 ? `${typed.slice(0, 40)}…` : typed;
}

/**
 * The message of a field's error as the plan form shows it.
 * @example describePlanError("need.fi", "validation.tooLong", values) // { key: "planForm.errors.tooLong", values: { max: 5000 } }
 */
export function describePlanError(path: string, key: string, values: PlanFormValues): PlanErrorMessage {
  const field = fieldOf(path);
  const value = typedValue(path, values);
  const max = limitOf(field);
  switch (key) {
    case "validation.tooLong":
      return max ? { key: "planForm.errors.tooLong", values: { max } } : { key };
    case "plans.errors.tooMany":
      return max ? { key: "planForm.errors.tooMany", values: { max } } : { key };
    case "plans.errors.cpv":
      return { key: "planForm.errors.notCpv", values: { value } };
    case "plans.errors.cpvUnknown":
      return { key: "planForm.errors.cpvUnknown", values: { value } };
    case "plans.errors.date":
      return value ? { key: "planForm.errors.notDate", values: { value } } : { key };
    case "validation.emailInvalid":
      return { key: "planForm.errors.notEmail", values: { value } };
    case "validation.invalid":
      return numberFields.has(field) && value
        ? { key: "planForm.errors.notNumber", values: { value } }
        : { key };
    case "validation.required":
      return translatedFields.has(field) ? { key: "planForm.errors.officialLanguage" } : { key };
    default:
      return { key };
  }
}
