import type { Viewer } from "../accounts/index.server.ts";
import { membershipIn } from "../organisations/index.server.ts";

// Deny by default: each function answers one question, and only the cases listed say yes.

const buyerKinds = new Set(["municipality", "joint-procurement-unit", "contracting-authority"]);
const buyerRoles = new Set(["buyer-admin", "buyer", "leadership"]);

/** Edit the company's profile: its own members (the admin and its representatives). */
export function canEditCompanyProfile(viewer: Viewer | null, organisationId: string): boolean {
  const membership = membershipIn(viewer, organisationId);
  return (
    membership !== null &&
    membership.kind === "company" &&
    (membership.role === "company-admin" || membership.role === "company-member")
  );
}

/** Whether the viewer works for a contracting authority (a buyer doing market research). */
export function isBuyer(viewer: Viewer | null): boolean {
  return viewer?.memberships.some((m) => buyerKinds.has(m.kind) && buyerRoles.has(m.role)) === true;
}

/**
 * See a company's contact persons (personal data): signed-in buyers of contracting authorities, and the
 * company's own members. Not the public, other companies or advisors.
 */
export function canSeeCompanyContacts(viewer: Viewer | null, organisationId: string): boolean {
  return isBuyer(viewer) || membershipIn(viewer, organisationId) !== null;
}

/** See a profile that is not listed in the directory: only the company's own members. */
export function canSeeUnlistedCompany(viewer: Viewer | null, organisationId: string): boolean {
  return membershipIn(viewer, organisationId) !== null;
}
