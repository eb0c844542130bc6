import { z } from "zod";
import {
  multiLineText,
  optionalMultiLineText,
  optionalSingleLineText,
  singleLineText,
} from "../../lib/text-schemas.ts";
import { eformsCodeLists, normalizeCpvCode, thresholdCategories } from "../reference-data/index.ts";
import { isHilmaNotice } from "./hilma-notice.ts";

export const procedures = [
  "open",
  "restricted",
  "negotiated",
  "competitive-dialogue",
  "innovation-partnership",
  "dynamic-purchasing-system",
  "framework-mini-competition",
  "not-decided",
] as const;
export const confidences = ["firm", "likely", "tentative"] as const;
export const visibilities = ["draft", "internal", "public"] as const;
export type Visibility = (typeof visibilities)[number];

/** Optional one-line text of at most `max` characters; empty becomes undefined. */
export const optionalText = optionalSingleLineText;

/**
 * Finnish required, Swedish and English optional (content is written per language); titles are one
 * line, long texts keep their line breaks.
 */
const translated = (max: number, kind: "title" | "long") =>
  kind === "title"
    ? z.object({ fi: singleLineText(max), sv: optionalSingleLineText(max), en: optionalSingleLineText(max) })
    : z.object({ fi: multiLineText(max), sv: optionalMultiLineText(max), en: optionalMultiLineText(max) });
const optionalTranslated = (max: number) =>
  z
    .object({
      fi: optionalMultiLineText(max),
      sv: optionalMultiLineText(max),
      en: optionalMultiLineText(max),
    })
    .optional()
    .transform((value) => (value?.fi ? { fi: value.fi, sv: value.sv, en: value.en } : undefined));

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "plans.errors.date")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "plans.errors.date");

/** A CPV code as people write it ("90910000-9", "9091 0000"), as its eight digits. */
export const cpvCode = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const code = normalizeCpvCode(value);
    if (!code) {
      ctx.addIssue({ code: "custom", message: "plans.errors.cpv" });
      return z.NEVER;
    }
    return code;
  });

const euros = z
  .number()
  .int("plans.errors.wholeEuros")
  .min(0, "plans.errors.value")
  .max(1e12, "plans.errors.value");

/**
 * A plan as the forms and the API send it; the same schema for both, so the checks are the same.
 * The command adds the checks that need the database (codes exist, organisations exist).
 */
export const planInputSchema = z
  .object({
    title: translated(200, "title"),
    need: translated(5000, "long"),
    strategyGoal: optionalTranslated(500),
    mainCpv: cpvCode,
    additionalCpv: z.array(cpvCode).max(20, "plans.errors.tooMany").default([]),
    participants: z.array(z.string().min(1).max(100)).max(50, "plans.errors.tooMany").default([]),
    estimatedValueEur: euros.optional(),
    valueCategory: z.enum(thresholdCategories, { message: "validation.invalid" }).default("goods-services"),
    dialogueStart: isoDate.optional(),
    dialogueEnd: isoDate.optional(),
    tenderYear: z.number().int().min(2020, "plans.errors.year").max(2100, "plans.errors.year").optional(),
    tenderQuarter: z.number().int().min(1, "plans.errors.quarter").max(4, "plans.errors.quarter").optional(),
    tenderMonth: z.number().int().min(1, "plans.errors.month").max(12, "plans.errors.month").optional(),
    contractStart: isoDate.optional(),
    contractDurationMonths: z
      .number()
      .int()
      .min(1, "plans.errors.months")
      .max(600, "plans.errors.months")
      .optional(),
    optionMonths: z.number().int().min(0, "plans.errors.months").max(600, "plans.errors.months").optional(),
    procedure: z.enum(procedures, { message: "validation.invalid" }).default("not-decided"),
    isDividedIntoLots: z.boolean().default(false),
    lots: z
      .array(z.object({ title: translated(200, "title"), estimatedValueEur: euros.optional() }))
      .max(100, "plans.errors.tooMany")
      .default([]),
    noLotsReason: optionalTranslated(2000),
    sustainability: z
      .array(z.object({ list: z.enum(eformsCodeLists), code: z.string().min(1).max(40) }))
      .max(40, "plans.errors.tooMany")
      .default([]),
    employmentCondition: z.boolean().default(false),
    contactName: optionalText(200),
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .transform((value) => (value ? value : undefined))
      .pipe(z.email("validation.emailInvalid").optional()),
    contactPhone: optionalText(40),
    confidence: z.enum(confidences, { message: "validation.invalid" }).default("likely"),
    visibility: z.enum(visibilities, { message: "validation.invalid" }).default("draft"),
  })
  .superRefine((plan, ctx) => {
    if (plan.dialogueStart && plan.dialogueEnd && plan.dialogueEnd < plan.dialogueStart) {
      ctx.addIssue({ code: "custom", path: ["dialogueEnd"], message: "plans.errors.endBeforeStart" });
    }
    if (plan.tenderMonth && plan.tenderQuarter && Math.ceil(plan.tenderMonth / 3) !== plan.tenderQuarter) {
      ctx.addIssue({ code: "custom", path: ["tenderMonth"], message: "plans.errors.monthNotInQuarter" });
    }
    if ((plan.tenderMonth || plan.tenderQuarter) && !plan.tenderYear) {
      ctx.addIssue({ code: "custom", path: ["tenderYear"], message: "plans.errors.yearRequired" });
    }
    if (plan.additionalCpv.includes(plan.mainCpv)) {
      ctx.addIssue({ code: "custom", path: ["additionalCpv"], message: "plans.errors.cpvRepeated" });
    }
  })
  // The law's "divide or explain" is checked even when other fields have problems (`when`), so a form or
  // an imported row shows it together with the rest; the values may then be of any shape.
  .refine((plan) => !isTrue(plan, "isDividedIntoLots") || lengthOf(plan, "lots") >= 2, {
    path: ["lots"],
    message: "plans.errors.lotsRequired",
    when: () => true,
  })
  .refine((plan) => isTrue(plan, "isDividedIntoLots") || hasFinnish(plan, "noLotsReason"), {
    path: ["noLotsReason", "fi"],
    message: "plans.errors.noLotsReasonRequired",
    when: () => true,
  })
  .transform((plan) => ({
    ...plan,
    // Month decides the quarter, so list filters by quarter find plans given by month.
    tenderQuarter: plan.tenderMonth ? Math.ceil(plan.tenderMonth / 3) : plan.tenderQuarter,
    lots: plan.isDividedIntoLots ? plan.lots : [],
    noLotsReason: plan.isDividedIntoLots ? undefined : plan.noLotsReason,
  }));
export type PlanInput = z.output<typeof planInputSchema>;

function isTrue(value: unknown, key: string): boolean {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>)[key] === true;
}
function lengthOf(value: unknown, key: string): number {
  const list =
    typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list.length : 0;
}
function hasFinnish(value: unknown, key: string): boolean {
  const field =
    typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  const fi = typeof field === "object" && field !== null ? (field as Record<string, unknown>).fi : undefined;
  return typeof fi === "string" && fi.trim().length > 0;
}

/** The reason given for a change to a public plan (shown in its version history); empty is none. */
export const changeReasonSchema = optionalMultiLineText(2000);

export const transitionSchema = z.discriminatedUnion("to", [
  z.object({
    to: z.enum(["idea", "need-identification", "market-research", "market-dialogue", "tender-preparation"]),
  }),
  z.object({
    to: z.literal("tender-published"),
    // Required, then one of the notice's forms (hilma-notice.ts), so the plan page can link to it.
    hilmaNotice: singleLineText(300, { min: 0 })
      .refine((value) => value.length > 0, "plans.errors.hilmaRequired")
      .refine((value) => value.length === 0 || isHilmaNotice(value), "plans.errors.hilmaInvalid"),
  }),
  z.object({ to: z.literal("contract-awarded"), contractEnd: isoDate }),
  z.object({
    to: z.literal("cancelled"),
    reason: multiLineText(2000, { min: 0 }).refine(
      (value) => value.length >= 3,
      "plans.errors.reasonRequired",
    ),
  }),
]);

/** Field path → catalogue key of its first problem, e.g. { "title.fi": "validation.required" }. */
export function planFieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    if (!(path in result))
      result[path] = /^[a-zA-Z]+\.[\w.]+$/.test(issue.message) ? issue.message : "validation.invalid";
  }
  return result;
}
