import type { Membership, Viewer } from "../accounts/index.server.ts";
import { membershipIn } from "../organisations/index.server.ts";

// Deny by default: each function answers one question, and only the cases listed say yes.

const companyRoles = new Set(["company-admin", "company-member"]);
const buyerRoles = new Set(["buyer-admin", "buyer", "leadership"]);
const authorityKinds = new Set(["municipality", "joint-procurement-unit", "contracting-authority"]);

type PlanState = { organisationId: string; visibility: string; archivedAt: Date | null };

/** Companies take part only in public, unarchived plans (interest, partner requests, contacts). */
export function isOpenToCompanies(plan: Pick<PlanState, "visibility" | "archivedAt">): boolean {
  return plan.visibility === "public" && plan.archivedAt === null;
}

/** Whether the viewer represents this company (its admin or member). */
export function representsCompany(viewer: Viewer | null, organisationId: string): boolean {
  const membership = membershipIn(viewer, organisationId);
  return membership !== null && membership.kind === "company" && companyRoles.has(membership.role);
}

/**
 * The company the viewer acts for: the active organisation when it is a company they represent,
 * otherwise their only such company; null when there is none (or several and none is active).
 * @example const company = actingCompanyOf(viewer); if (!company) throw new AppError("forbidden");
 */
export function actingCompanyOf(viewer: Viewer | null): Membership | null {
  if (!viewer) return null;
  const companies = viewer.memberships.filter((m) => m.kind === "company" && companyRoles.has(m.role));
  return (
    companies.find((m) => m.organisationId === viewer.activeOrganisationId) ??
    (companies.length === 1 ? (companies[0] ?? null) : null)
  );
}

/** Mark (or withdraw) a company's interest in a plan: a company's representative, on a public plan. */
export function canMarkInterest(viewer: Viewer | null, plan: PlanState): boolean {
  return actingCompanyOf(viewer) !== null && isOpenToCompanies(plan);
}

/**
 * See which companies are interested, with their notes and contact persons: the buyers and leadership
 * of the plan's own organisation. Everyone else sees only how many.
 */
export function canSeeInterestedCompanies(viewer: Viewer | null, planOrganisationId: string): boolean {
  const membership = membershipIn(viewer, planOrganisationId);
  return membership !== null && authorityKinds.has(membership.kind) && buyerRoles.has(membership.role);
}
