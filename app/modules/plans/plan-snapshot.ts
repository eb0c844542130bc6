import { z } from "zod";
import type { plansPlan } from "./tables.ts";

// A plan's snapshot: what a public version (plans_version.snapshot) records and what the commands diff,
// the plan's content as the public sees it. The fields are listed one by one, so a column added to
// plans_plan does not enter the public version history until it is added here. Client-safe.

// Any language may be missing: a plan is written in at least one of its organisation's official languages.
const translatedSchema = z.object({
  fi: z.string().optional(),
  sv: z.string().optional(),
  en: z.string().optional(),
});

/** A stored snapshot. Fields added after the first versions were written have defaults. */
export const planSnapshotSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  title: translatedSchema,
  need: translatedSchema,
  strategyGoal: translatedSchema.nullable(),
  mainCpv: z.string(),
  estimatedValueEur: z.number().nullable(),
  valueCategory: z.string(),
  valueBand: z.string().nullable(),
  dialogueStart: z.string().nullable(),
  dialogueEnd: z.string().nullable(),
  tenderYear: z.number().int().nullable(),
  tenderQuarter: z.number().int().nullable(),
  tenderMonth: z.number().int().nullable(),
  contractStart: z.string().nullable(),
  contractDurationMonths: z.number().int().nullable(),
  optionMonths: z.number().int().nullable(),
  procedure: z.string(),
  isDividedIntoLots: z.boolean(),
  noLotsReason: translatedSchema.nullable(),
  employmentCondition: z.boolean(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  confidence: z.string(),
  visibility: z.string(),
  status: z.string(),
  hilmaNotice: z.string().nullable(),
  contractEnd: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** Stored as ISO strings; not versioned (diffSnapshots skips them). */
  archivedAt: z.coerce.date().nullable(),
  publishedAt: z.coerce.date().nullable(),
  /** Sorted. */
  additionalCpv: z.array(z.string()),
  /** Organisation ids besides the lead, sorted. */
  participants: z.array(z.string()),
  /** By number. */
  lots: z.array(
    z.object({
      number: z.number().int(),
      title: translatedSchema,
      /** Recorded only when given (lots had no description or CPV of their own before issue 14). */
      description: translatedSchema.optional(),
      mainCpv: z.string().optional(),
      estimatedValueEur: z.number().nullable(),
    }),
  ),
  /** `list/code`, sorted. */
  sustainability: z.array(z.string()),
  /** Oldest first. Versions written before plans had attachments have none. */
  attachments: z.array(z.object({ fileName: z.string(), sha256: z.string() })).default([]),
});

export type PlanSnapshot = z.output<typeof planSnapshotSchema>;

type PlanRow = typeof plansPlan.$inferSelect;

/** The plan row's columns a snapshot holds. */
export type PlanSnapshotRow = Pick<
  PlanRow,
  Exclude<keyof PlanSnapshot, "additionalCpv" | "participants" | "lots" | "sustainability" | "attachments">
>;

/** The plan's children as a snapshot records them (any order: the snapshot sorts them). */
export type PlanSnapshotChildren = {
  additionalCpv: string[];
  participants: string[];
  lots: {
    number: number;
    title: PlanSnapshot["title"];
    description?: PlanSnapshot["title"] | null;
    mainCpv?: string | null;
    estimatedValueEur: number | null;
  }[];
  sustainability: { list: string; code: string }[];
  /** In the order they were added. */
  attachments: { fileName: string; sha256: string }[];
};

/**
 * The snapshot of a plan row and its children: the one place a snapshot is made (loadPlanSnapshot and
 * the demo seed both build theirs here).
 */
export function buildPlanSnapshot(plan: PlanSnapshotRow, children: PlanSnapshotChildren): PlanSnapshot {
  return {
    id: plan.id,
    organisationId: plan.organisationId,
    title: plan.title,
    need: plan.need,
    strategyGoal: plan.strategyGoal,
    mainCpv: plan.mainCpv,
    estimatedValueEur: plan.estimatedValueEur,
    valueCategory: plan.valueCategory,
    valueBand: plan.valueBand,
    dialogueStart: plan.dialogueStart,
    dialogueEnd: plan.dialogueEnd,
    tenderYear: plan.tenderYear,
    tenderQuarter: plan.tenderQuarter,
    tenderMonth: plan.tenderMonth,
    contractStart: plan.contractStart,
    contractDurationMonths: plan.contractDurationMonths,
    optionMonths: plan.optionMonths,
    procedure: plan.procedure,
    isDividedIntoLots: plan.isDividedIntoLots,
    noLotsReason: plan.noLotsReason,
    employmentCondition: plan.employmentCondition,
    contactName: plan.contactName,
    contactEmail: plan.contactEmail,
    contactPhone: plan.contactPhone,
    confidence: plan.confidence,
    visibility: plan.visibility,
    status: plan.status,
    hilmaNotice: plan.hilmaNotice,
    contractEnd: plan.contractEnd,
    cancelReason: plan.cancelReason,
    archivedAt: plan.archivedAt,
    publishedAt: plan.publishedAt,
    additionalCpv: [...children.additionalCpv].sort(),
    participants: [...children.participants].sort(),
    lots: [...children.lots]
      .sort((a, b) => a.number - b.number)
      .map((lot) => ({
        number: lot.number,
        title: lot.title,
        ...(lot.description ? { description: lot.description } : {}),
        ...(lot.mainCpv ? { mainCpv: lot.mainCpv } : {}),
        estimatedValueEur: lot.estimatedValueEur,
      })),
    sustainability: children.sustainability.map((tag) => `${tag.list}/${tag.code}`).sort(),
    attachments: children.attachments.map((file) => ({ fileName: file.fileName, sha256: file.sha256 })),
  };
}
