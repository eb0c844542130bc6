import { AppError } from "../../lib/app-error.ts";
import type { Membership, Viewer } from "../accounts/index.server.ts";
import { adminRoles, type OrganisationKind } from "./roles.ts";

// Deny by default: each function answers one question, and only the cases listed say yes.

export function membershipIn(viewer: Viewer | null, organisationId: string): Membership | null {
  return viewer?.memberships.find((m) => m.organisationId === organisationId) ?? null;
}

/** Invite and remove members, change roles, read the organisation's audit log. */
export function canAdministerOrganisation(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  if (viewer.isPlatformAdmin) return true;
  const membership = membershipIn(viewer, organisationId);
  return membership !== null && adminRoles.has(membership.role);
}

/** See the member list and pending invitations. */
export function canViewMembers(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  return viewer.isPlatformAdmin || membershipIn(viewer, organisationId) !== null;
}

/**
 * Anyone signed in can register their own company (the Y-tunnus is checked); contracting authorities
 * and advisory organisations are created by a platform administrator, who checks who is behind them.
 */
export function canCreateOrganisation(viewer: Viewer | null, kind: OrganisationKind): boolean {
  if (!viewer) return false;
  if (viewer.isPlatformAdmin) return true;
  return kind === "company";
}

export function assertAllowed(allowed: boolean): asserts allowed {
  if (!allowed) throw new AppError("forbidden");
}
