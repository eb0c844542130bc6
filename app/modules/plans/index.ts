// The public surface of the plans module (safe for browser code): other modules, routes and the server import
// from here only (ADR 030).

export {
  attachmentAccept,
  attachmentFieldsSchema,
  attachmentFormats,
  attachmentLanguages,
  formatLabel,
  maxAttachmentBytes,
  maxAttachmentRequestBytes,
  maxAttachmentsPerPlan,
} from "./attachment-rules.ts";
export { type HilmaNotice, isHilmaNotice, readHilmaNotice } from "./hilma-notice.ts";
export {
  confidenceLabel,
  planFieldLabels,
  procedureLabel,
  statusLabel,
  valueBandLabel,
  valueCategoryLabel,
  visibilityLabel,
} from "./labels.ts";
export {
  allowedTransitions,
  isFinishedStatus,
  isOverdue,
  isPlanStatus,
  plannedTimeHasPassed,
  planStatuses,
} from "./lifecycle.ts";
export { lotRows, type PlanFormValues, planFormIntents, planToFormValues } from "./plan-form.ts";
export { describePlanError, type PlanErrorMessage } from "./plan-form-errors.ts";
export { planInputFields, planSnapshotToInput } from "./plan-input.ts";
export { eitherOfficialLanguage, type OfficialLanguages } from "./plan-languages.ts";
export type { PlanSheetRecord } from "./plan-sheet-columns.ts";
export {
  filtersToSearchParams,
  hasSearchWord,
  many,
  organisationKey,
  type PlanPhase,
  type PublicPlanFilters,
  parsePublicPlanFilters,
  planPhases,
  publicPlanFiltersSchema,
  valueBands,
  withPageDefaults,
} from "./public-filters.ts";
export {
  confidences,
  cpvCode,
  optionalText,
  type PlanInput,
  planFieldErrors,
  planInputSchema,
  planLimits,
  procedures,
  transitionSchema,
  visibilities,
} from "./schemas.ts";
