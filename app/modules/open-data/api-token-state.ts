import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { accountsUser } from "../accounts/shared-tables.ts";
import { organisationsMember } from "../organisations/shared-tables.ts";
import { apiToken } from "./tables.ts";

// Whether a token works (ADR 024): not revoked, not expired, and its owner may still edit the
// organisation's plans by hand (a buyer-admin or buyer there, or the platform administrator).

export type ApiTokenState = "active" | "expired" | "orphaned" | "revoked";

/** The roles whose tokens work: those that may edit the organisation's plans (plans/policy.ts). */
const ownerRoles = ["buyer-admin", "buyer"];

/**
 * SQL: the token's owner may edit its organisation's plans. An owner whose account was deleted, who
 * left the organisation or whose role became `leadership` fails it.
 */
export function ownerHasRole(): SQL<boolean> {
  const member = and(
    eq(organisationsMember.organizationId, apiToken.organisationId),
    eq(organisationsMember.userId, apiToken.ownedBy),
    inArray(organisationsMember.role, ownerRoles),
  );
  const platformAdmin = and(
    eq(accountsUser.id, apiToken.ownedBy),
    eq(accountsUser.platformRole, "platform-admin"),
  );
  return sql<boolean>`(exists (select 1 from ${organisationsMember} where ${member}) or exists (select 1 from ${accountsUser} where ${platformAdmin}))`.mapWith(
    Boolean,
  );
}

/** The state a token is in at `now`; revocation wins over expiry, expiry over the owner's role. */
export function apiTokenState(
  token: { revokedAt: Date | null; expiresAt: Date; ownerHasRole: boolean },
  now: Date,
): ApiTokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  if (!token.ownerHasRole) return "orphaned";
  return "active";
}

/** `days` from `from`, for a new or renewed token's expiry. */
export function expiryAfter(days: number | string, from = new Date()): Date {
  return new Date(from.getTime() + Number(days) * 24 * 60 * 60 * 1000);
}
