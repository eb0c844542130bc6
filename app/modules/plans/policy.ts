import { type AnyColumn, and, eq, isNull, type SQL } from "drizzle-orm";
import type { Viewer } from "../accounts/index.server.ts";
import { membershipIn } from "../organisations/index.server.ts";
import { plansPlan } from "./tables.ts";

const editorRoles = new Set(["buyer-admin", "buyer"]);

/** Create and edit the organisation's plans: its buyers and buyer-admins (and platform administrators). */
export function canEditPlansOf(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  if (viewer.isPlatformAdmin) return true;
  const membership = membershipIn(viewer, organisationId);
  return membership !== null && editorRoles.has(membership.role);
}

/** See the organisation's internal plans: every member (leadership reads), and platform administrators. */
export function canSeeInternalPlansOf(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  return viewer.isPlatformAdmin || membershipIn(viewer, organisationId) !== null;
}

/** Whether one plan is visible to the viewer: public to all, internal to members, drafts to editors. */
export function canViewPlan(
  viewer: Viewer | null,
  plan: { organisationId: string; visibility: string; archivedAt: Date | null },
): boolean {
  if (plan.visibility === "public" && plan.archivedAt === null) return true;
  if (plan.visibility === "internal") return canSeeInternalPlansOf(viewer, plan.organisationId);
  return canEditPlansOf(viewer, plan.organisationId);
}

/**
 * The one condition every public output uses (pages, search, facets, API, feeds, exports, OCDS): only
 * public, unarchived plans. Drafts and internal plans never pass it. `plan` is the plans table or an
 * alias of it (a subquery over plans).
 */
export function publicPlansOnly(plan: { visibility: AnyColumn; archivedAt: AnyColumn } = plansPlan): SQL {
  return and(eq(plan.visibility, "public"), isNull(plan.archivedAt)) as SQL;
}

const workspaceRoles = new Set(["buyer-admin", "buyer", "leadership"]);
const authorityKinds = new Set(["municipality", "joint-procurement-unit", "contracting-authority"]);

/**
 * Use the buyer workspace of an organisation: its buyer-admins, buyers and leadership (who only read).
 * Platform administrators act through the organisation pages, not the workspace.
 */
export function canUseWorkspaceOf(viewer: Viewer | null, organisationId: string | null): boolean {
  if (!viewer || !organisationId) return false;
  const membership = membershipIn(viewer, organisationId);
  return (
    membership !== null &&
    authorityKinds.has(membership.kind) &&
    workspaceRoles.has(membership.role) &&
    canSeeInternalPlansOf(viewer, organisationId)
  );
}
