import type { PlanStatus } from "./lifecycle.ts";

// Catalogue keys for everything about a plan that pages, exports and e-mails label. Pages translate
// them with t(); keeping them here keeps every output's wording the same.

export const statusLabel = (status: PlanStatus | string) => `plans.statuses.${status}`;
export const procedureLabel = (procedure: string) => `plans.procedures.${procedure}`;
export const confidenceLabel = (confidence: string) => `plans.confidences.${confidence}`;
export const visibilityLabel = (visibility: string) => `plans.visibilities.${visibility}`;
export const valueBandLabel = (band: string) => `plans.valueBands.${band}`;
export const valueCategoryLabel = (category: string) => `plans.valueCategories.${category}`;

/** Field name → catalogue key of its label. */
export const planFieldLabels = {
  title: "plans.fields.title",
  need: "plans.fields.need",
  strategyGoal: "plans.fields.strategyGoal",
  mainCpv: "plans.fields.mainCpv",
  additionalCpv: "plans.fields.additionalCpv",
  participants: "plans.fields.participants",
  estimatedValueEur: "plans.fields.estimatedValue",
  valueCategory: "plans.fields.valueCategory",
  valueBand: "plans.fields.valueBand",
  dialogue: "plans.fields.dialogue",
  dialogueStart: "plans.fields.dialogueStart",
  dialogueEnd: "plans.fields.dialogueEnd",
  tender: "plans.fields.tender",
  tenderYear: "plans.fields.tenderYear",
  tenderQuarter: "plans.fields.tenderQuarter",
  tenderMonth: "plans.fields.tenderMonth",
  contractStart: "plans.fields.contractStart",
  contractDurationMonths: "plans.fields.contractDuration",
  optionMonths: "plans.fields.optionMonths",
  procedure: "plans.fields.procedure",
  lots: "plans.fields.lots",
  isDividedIntoLots: "plans.fields.isDividedIntoLots",
  noLotsReason: "plans.fields.noLotsReason",
  sustainability: "plans.fields.sustainability",
  attachments: "plans.fields.attachments",
  employmentCondition: "plans.fields.employmentCondition",
  contact: "plans.fields.contact",
  contactName: "plans.fields.contactName",
  contactEmail: "plans.fields.contactEmail",
  contactPhone: "plans.fields.contactPhone",
  confidence: "plans.fields.confidence",
  visibility: "plans.fields.visibility",
  status: "plans.fields.status",
  hilmaNotice: "plans.fields.hilmaNotice",
  contractEnd: "plans.fields.contractEnd",
  cancelReason: "plans.fields.cancelReason",
  changeReason: "plans.fields.changeReason",
  organisation: "plans.fields.organisation",
} as const;
