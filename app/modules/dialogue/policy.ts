import type { Viewer } from "../accounts/index.server.ts";
import { actingCompanyOf, isOpenToCompanies } from "../interest/index.server.ts";
import { canEditPlansOf } from "../plans/index.server.ts";

// Deny by default: each function answers one question, and only the cases listed say yes.

type PlanState = { organisationId: string; visibility: string; archivedAt: Date | null };

/** Run the plan's market dialogue (answer questions, offer meetings): the plan's buyers. */
export function canManageDialogue(viewer: Viewer | null, plan: Pick<PlanState, "organisationId">): boolean {
  return canEditPlansOf(viewer, plan.organisationId);
}

/** Take part (ask, book, register): a company's representative, on a public plan that is not archived. */
export function canTakePartInDialogue(viewer: Viewer | null, plan: PlanState): boolean {
  return actingCompanyOf(viewer) !== null && isOpenToCompanies(plan);
}
