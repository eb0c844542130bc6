import type { Viewer } from "../accounts/index.server.ts";
import { canEditCompanyProfile } from "../companies/index.server.ts";
import { membershipIn } from "../organisations/index.server.ts";

// Deny by default: each function answers one question, and only the cases listed say yes. Presentations
// are business correspondence between one company and one buyer organisation: platform administrators
// and advisors do not read them.

const buyerKinds = new Set(["municipality", "joint-procurement-unit", "contracting-authority"]);
const inboxReaders = new Set(["buyer-admin", "buyer", "leadership"]);
const inboxHandlers = new Set(["buyer-admin", "buyer"]);

/** Send presentations for a company, and read its sent ones and their threads: its own members. */
export function canPresentFor(viewer: Viewer | null, companyId: string): boolean {
  return canEditCompanyProfile(viewer, companyId);
}

/** Read a buyer organisation's inbox: its buyer-admins, buyers and leadership. */
export function canReadInboxOf(viewer: Viewer | null, organisationId: string): boolean {
  const membership = membershipIn(viewer, organisationId);
  return membership !== null && buyerKinds.has(membership.kind) && inboxReaders.has(membership.role);
}

/** Change a received presentation's state and reply to it: the buyer-admins and buyers (leadership reads). */
export function canHandleInboxOf(viewer: Viewer | null, organisationId: string): boolean {
  const membership = membershipIn(viewer, organisationId);
  return membership !== null && buyerKinds.has(membership.kind) && inboxHandlers.has(membership.role);
}

/**
 * Download a presentation's files: the sending company's members and the buyers of any organisation it
 * was sent to.
 */
export function canSeePresentation(
  viewer: Viewer | null,
  presentation: { companyId: string; recipientOrganisationIds: string[] },
): boolean {
  return (
    canPresentFor(viewer, presentation.companyId) ||
    presentation.recipientOrganisationIds.some((id) => canReadInboxOf(viewer, id))
  );
}

/** The company the viewer presents for: the active organisation when it is one, else the first one. */
export function presentingCompanyOf(viewer: Viewer | null): string | null {
  if (!viewer) return null;
  const companies = viewer.memberships.filter((m) => canPresentFor(viewer, m.organisationId));
  const active = companies.find((m) => m.organisationId === viewer.activeOrganisationId);
  return (active ?? companies[0])?.organisationId ?? null;
}

/** Whether an organisation of this kind can receive presentations. */
export function isBuyerOrganisationKind(kind: string): boolean {
  return buyerKinds.has(kind);
}
