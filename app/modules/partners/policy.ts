import type { Viewer } from "../accounts/index.server.ts";
import { actingCompanyOf, isOpenToCompanies, representsCompany } from "../interest/index.server.ts";

// Deny by default: each function answers one question, and only the cases listed say yes.

type PlanState = { visibility: string; archivedAt: Date | null };
type RequestState = { organisationId: string; status: string };

/** Post a partner request: a company's representative, on a public plan. */
export function canPostPartnerRequest(viewer: Viewer | null, plan: PlanState): boolean {
  return actingCompanyOf(viewer) !== null && isOpenToCompanies(plan);
}

/** See a request: everyone while its plan is public; the posting company always. */
export function canSeePartnerRequest(viewer: Viewer | null, request: RequestState, plan: PlanState): boolean {
  return isOpenToCompanies(plan) || representsCompany(viewer, request.organisationId);
}

/** Close the request and read its threads: the posting company's representatives. */
export function canManagePartnerRequest(viewer: Viewer | null, request: RequestState): boolean {
  return representsCompany(viewer, request.organisationId);
}

/** Contact the poster: another company's representative, while the request is open and the plan public. */
export function canContactPartnerRequest(
  viewer: Viewer | null,
  request: RequestState,
  plan: PlanState,
): boolean {
  const company = actingCompanyOf(viewer);
  return (
    company !== null &&
    company.organisationId !== request.organisationId &&
    request.status === "open" &&
    isOpenToCompanies(plan)
  );
}

export type ThreadSide = "poster" | "contacting";

/** Which side of a thread the viewer writes for; null for everyone else (who gets not_found). */
export function threadSideOf(
  viewer: Viewer | null,
  thread: { posterId: string; contactingId: string },
): ThreadSide | null {
  if (representsCompany(viewer, thread.posterId)) return "poster";
  if (representsCompany(viewer, thread.contactingId)) return "contacting";
  return null;
}

/**
 * Whether a message's sender (name and e-mail) is shown: always to the sender's own side; to the other
 * side only once the poster has answered in the thread. Until then each side sees the companies' names.
 */
export function canSeeSender(viewerSide: ThreadSide, senderSide: ThreadSide, posterHasAnswered: boolean) {
  return viewerSide === senderSide || posterHasAnswered;
}

/**
 * Browse the board of other companies' open partner requests: a signed-in company representative (the
 * requests themselves are public while their plans are; the board is a tool for finding partners).
 */
export function canBrowsePartnerBoard(viewer: Viewer | null): boolean {
  return actingCompanyOf(viewer) !== null;
}
