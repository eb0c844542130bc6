import { z } from "zod";
import type { TextByLanguage as PlanText } from "../../lib/pick-translation.ts";
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

/**
 * The longest text of each field and the most items of each list, in characters and items: the schema
 * checks them and the form's messages name them ("at most 5,000 characters").
 */
export const planLimits = {
  title: 200,
  need: 5000,
  strategyGoal: 500,
  noLotsReason: 2000,
  lotTitle: 200,
  lotDescription: 2000,
  contactName: 200,
  contactPhone: 40,
  changeReason: 2000,
  additionalCpv: 20,
  participants: 50,
  lots: 100,
  sustainability: 40,
} as const;

/** Optional one-line text of at most `max` characters; empty becomes undefined. */
export const optionalText = optionalSingleLineText;

/**
 * A text written per language: required in at least one of the official languages, Finnish or Swedish
 * (issue 12 point 3); English is optional. When neither is given the problem is reported at the Finnish
 * field (`title.fi`, validation.required, as the API has always answered); the command then checks the
 * organisation's own official languages (a Finnish-only municipality needs Finnish). Titles are one
 * line, long texts keep their line breaks.
 */
const translated = (max: number, kind: "title" | "long") => {
  const text = kind === "title" ? optionalSingleLineText : optionalMultiLineText;
  return z
    .object({ fi: text(max), sv: text(max), en: text(max) })
    .refine((value) => Boolean(value.fi || value.sv), { path: ["fi"], message: "validation.required" })
    .transform(withoutEmptyLanguages);
};
const optionalTranslated = (max: number) =>
  z
    .object({
      fi: optionalMultiLineText(max),
      sv: optionalMultiLineText(max),
      en: optionalMultiLineText(max),
    })
    .optional()
    .transform((value) => (value?.fi || value?.sv || value?.en ? withoutEmptyLanguages(value) : undefined));

/** The languages that have text, and only those (no `fi: undefined` keys in stored JSON). */
function withoutEmptyLanguages(value: { fi?: string; sv?: string; en?: string }): PlanText {
  const result: PlanText = {};
  if (value.fi) result.fi = value.fi;
  if (value.sv) result.sv = value.sv;
  if (value.en) result.en = value.en;
  return result;
}

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
      ctx.addIssue({
        code: "custom",
        message: value === "" ? "plans.errors.cpvRequired" : "plans.errors.cpv",
      });
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
    title: translated(planLimits.title, "title"),
    need: translated(planLimits.need, "long"),
    strategyGoal: optionalTranslated(planLimits.strategyGoal),
    mainCpv: z.string({ message: "plans.errors.cpvRequired" }).pipe(cpvCode),
    additionalCpv: z.array(cpvCode).max(planLimits.additionalCpv, "plans.errors.tooMany").default([]),
    participants: z
      .array(z.string().min(1).max(100))
      .max(planLimits.participants, "plans.errors.tooMany")
      .default([]),
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
      .array(
        z.object({
          title: translated(planLimits.lotTitle, "title"),
          description: optionalTranslated(planLimits.lotDescription),
          mainCpv: z
            .string()
            .trim()
            .optional()
            .transform((value) => value || undefined)
            .pipe(cpvCode.optional()),
          estimatedValueEur: euros.optional(),
        }),
      )
      .max(planLimits.lots, "plans.errors.tooMany")
      .default([]),
    noLotsReason: optionalTranslated(planLimits.noLotsReason),
    sustainability: z
      .array(z.object({ list: z.enum(eformsCodeLists), code: z.string().min(1).max(40) }))
      .max(planLimits.sustainability, "plans.errors.tooMany")
      .default([]),
    employmentCondition: z.boolean().default(false),
    contactName: optionalText(planLimits.contactName),
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .transform((value) => (value ? value : undefined))
      .pipe(z.email("validation.emailInvalid").optional()),
    contactPhone: optionalText(planLimits.contactPhone),
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
  .refine((plan) => isTrue(plan, "isDividedIntoLots") || hasOfficialLanguage(plan, "noLotsReason"), {
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
function hasOfficialLanguage(value: unknown, key: string): boolean {
  const field =
    typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  const texts = typeof field === "object" && field !== null ? (field as Record<string, unknown>) : {};
  return [texts.fi, texts.sv].some((text) => typeof text === "string" && text.trim().length > 0);
}

/** The reason given for a change to a public plan (shown in its version history); empty is none. */
export const changeReasonSchema = optionalMultiLineText(planLimits.changeReason);

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
