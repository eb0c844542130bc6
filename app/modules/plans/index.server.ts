// The public surface of the plans module for server code: other modules, routes and the server import
// from here only (ADR 030).

export { addPlanAttachment } from "./add-plan-attachment.server.ts";
export { archivePlan } from "./archive-plan.server.ts";
export {
  type AttachmentFile,
  type AttachmentSummary,
  getPublicAttachment,
  getWorkspaceAttachment,
  isUuid,
  listPublicAttachments,
  listWorkspaceAttachments,
} from "./attachment-queries.server.ts";
export { attachmentResponse } from "./attachment-response.server.ts";
export { type CheckedAttachmentFile, checkAttachmentFile } from "./check-attachment-file.server.ts";
export { createPlan } from "./create-plan.server.ts";
export { duplicatePlan } from "./duplicate-plan.server.ts";
export { listPlansForSheet, toPlanCsv, toPlanXlsx } from "./export-plans.server.ts";
export { type EditablePlan, findEditablePlan } from "./find-editable-plan.server.ts";
export { hasPublishedPlan } from "./has-published-plan.server.ts";
export { checkPlanRows, importPlans } from "./import-plans.server.ts";
export type { PlanPrecondition, PlanRefusal } from "./lock-plan.server.ts";
export {
  findPlanForDialogue,
  lockPlanForDialogue,
  markPlanDialogueChanged,
  type PlanForDialogue,
} from "./plan-for-dialogue.server.ts";
export {
  findPlanForInterest,
  lockPlanForInterest,
  type PlanForInterest,
} from "./plan-for-interest.server.ts";
export { findPlanForNotices, lockPlanForNotices } from "./plan-for-notices.server.ts";
export {
  findPlanForPartners,
  hasPlanLot,
  isPublicPlanMatching,
  lockPlanForPartners,
  type PartnerBoardPlanFilters,
  type PlanForPartners,
} from "./plan-for-partners.server.ts";
export {
  isPlanOpenToPresentations,
  listPlansToLink,
  lockPlanOpenToPresentations,
  lockPlanToLink,
} from "./plan-for-presentations.server.ts";
export { loadPlanFormOptions } from "./plan-form-options.server.ts";
export { planColumns } from "./plan-record.server.ts";
export { isBuyerKind } from "./plan-references.server.ts";
export { buildPlanSnapshot, type PlanSnapshot, planSnapshotSchema } from "./plan-snapshot.ts";
export {
  findPlanVersionChanges,
  findPublicPlanForWatches,
  type PlanForWatches,
} from "./plan-version-for-watches.server.ts";
export {
  canEditPlansOf,
  canSeeInternalPlansOf,
  canUseWorkspaceOf,
  canViewPlan,
  publicPlansOnly,
} from "./policy.ts";
export { filterConditions, helsinkiToday } from "./public-conditions.server.ts";
export type { FacetOption, PublicPlanFacets } from "./public-facets.server.ts";
export {
  configurePublicCaches,
  createGenerationCache,
  publicCachesEnabled,
} from "./public-generation.server.ts";
export { listPublicHeadlines, type PublicHeadline } from "./public-headlines.server.ts";
export { getPublicPlanDetail, type PublicPlanDetail } from "./public-plan-detail.server.ts";
export {
  getPublicPlanRecord,
  listPublicPlanRecords,
  listPublicPlanVersions,
  listReleasablePlanRecords,
  type PublicOrganisation,
  type PublicPlanPosition,
  type PublicPlanRecord,
  type PublicPlanReleasePosition,
  type PublicPlanVersion,
} from "./public-plan-records.server.ts";
export { listPublicPlansMatching, type MatchingCriteria } from "./public-plans-matching.server.ts";
export { listPublicPlans, type PublicPlanSummary, pickText } from "./public-queries.server.ts";
export { type PreparedSearch, prepareSearch } from "./public-search.server.ts";
export { isPublicVersion, publicVersionsOnly } from "./public-versions.ts";
export {
  listJointCandidates,
  listPublicPlanIds,
  listPublicTimeline,
  listReTenderForecast,
  type QuarterGroup,
} from "./public-views.server.ts";
export { maxSheetRows, readPlanSheet } from "./read-plan-sheet.server.ts";
export { removePlanAttachment } from "./remove-plan-attachment.server.ts";
export { setPlanVisibility } from "./set-plan-visibility.server.ts";
export { submitPlanForm } from "./submit-plan-form.server.ts";
export type { PlanText, Translated } from "./tables.ts";
export { transitionPlan } from "./transition-plan.server.ts";
export { updatePlan } from "./update-plan.server.ts";
export { getWorkspacePlan, listOrganisationPlans, type PlanSortKey } from "./workspace-queries.server.ts";
