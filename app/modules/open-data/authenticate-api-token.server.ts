import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { hashToken } from "./api-token-secret.ts";
import { apiToken } from "./tables.ts";

/**
 * The actor behind an `Authorization: Bearer` token: the token's organisation with buyer rights, acting
 * as the person who created the token (so audit entries name them, and the token: `viewer.apiToken`).
 * Null for unknown or revoked tokens.
 */
export async function authenticateApiToken(
  db: DbOrTx,
  authorization: string | undefined,
): Promise<Viewer | null> {
  const match = /^Bearer\s+(hs_[A-Za-z0-9_-]{43})$/.exec(authorization?.trim() ?? "");
  if (!match?.[1]) return null;
  const [row] = await db
    .select({ token: apiToken, organisation: organisationsOrganisation })
    .from(apiToken)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, apiToken.organisationId))
    .where(and(eq(apiToken.tokenHash, hashToken(match[1])), isNull(apiToken.revokedAt)));
  if (!row) return null;
  await db.update(apiToken).set({ lastUsedAt: new Date() }).where(eq(apiToken.id, row.token.id));
  return {
    userId: row.token.createdBy ?? `api-token:${row.token.id}`,
    name: row.token.name,
    email: "",
    locale: "fi",
    isPlatformAdmin: false,
    memberships: [
      {
        organisationId: row.organisation.id,
        name: row.organisation.name,
        kind: row.organisation.kind as Viewer["memberships"][number]["kind"],
        role: "buyer",
      },
    ],
    activeOrganisationId: row.organisation.id,
    apiToken: { id: row.token.id, name: row.token.name },
  };
}
