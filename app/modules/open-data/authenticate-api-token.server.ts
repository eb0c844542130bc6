import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { hashToken } from "./api-token-secret.ts";
import { apiTokenState, ownerHasRole } from "./api-token-state.ts";
import { apiToken } from "./tables.ts";

export type TokenAuthentication =
  | { status: "ok"; viewer: Viewer }
  /** Missing, malformed, unknown or revoked: nothing more is told. */
  | { status: "unknown" }
  | { status: "expired"; expiresAt: Date }
  /** The token's owner may no longer edit the organisation's plans (left, lost the role, or deleted). */
  | { status: "orphaned" };

/** `last_used_at` is written at most this often per token, so API requests do not all become writes. */
const lastUseResolutionMs = 60_000;

/**
 * The actor behind an `Authorization: Bearer` token: the token's organisation with buyer rights, acting
 * as the token's owner (so audit entries name them, and the token: `viewer.apiToken`). A token works
 * until it expires and while its owner may edit the organisation's plans (ADR 024).
 */
export async function authenticateApiToken(
  db: DbOrTx,
  authorization: string | undefined,
  now = new Date(),
): Promise<TokenAuthentication> {
  const match = /^Bearer\s+(hs_[A-Za-z0-9_-]{43})$/.exec(authorization?.trim() ?? "");
  if (!match?.[1]) return { status: "unknown" };
  const [row] = await db
    .select({ token: apiToken, organisation: organisationsOrganisation, ownerHasRole: ownerHasRole() })
    .from(apiToken)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, apiToken.organisationId))
    .where(eq(apiToken.tokenHash, hashToken(match[1])));
  if (!row) return { status: "unknown" };
  const { token, organisation } = row;
  const state = apiTokenState({ ...token, ownerHasRole: row.ownerHasRole }, now);
  if (state === "revoked") return { status: "unknown" };
  if (state === "expired") return { status: "expired", expiresAt: token.expiresAt };
  if (state === "orphaned" || !token.ownedBy) return { status: "orphaned" };
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= lastUseResolutionMs) {
    // The condition again in SQL: of concurrent requests, one writes and the others change no row.
    const stale = new Date(now.getTime() - lastUseResolutionMs);
    await db
      .update(apiToken)
      .set({ lastUsedAt: now })
      .where(and(eq(apiToken.id, token.id), or(isNull(apiToken.lastUsedAt), lt(apiToken.lastUsedAt, stale))));
  }
  return {
    status: "ok",
    viewer: {
      userId: token.ownedBy,
      name: token.name,
      email: "",
      locale: "fi",
      isPlatformAdmin: false,
      memberships: [
        {
          organisationId: organisation.id,
          name: organisation.name,
          kind: organisation.kind as Viewer["memberships"][number]["kind"],
          role: "buyer",
        },
      ],
      activeOrganisationId: organisation.id,
      apiToken: { id: token.id, name: token.name },
    },
  };
}
