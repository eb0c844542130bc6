import { desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { assertCanManageApiTokens } from "./api-token-policy.server.ts";
import { apiTokenState, ownerHasRole } from "./api-token-state.ts";
import { apiToken } from "./tables.ts";

/**
 * The organisation's API tokens, newest first, for its token page: names, people, dates and whether each
 * works now (the token itself is never stored, its hash never leaves the database). Buyer-admins and
 * platform administrators.
 */
export async function listApiTokens({
  services,
  viewer,
  organisationId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
}) {
  const { db } = services.database;
  await assertCanManageApiTokens(db, viewer, organisationId);
  const creator = alias(accountsUser, "creator");
  const owner = alias(accountsUser, "owner");
  const rows = await db
    .select({
      id: apiToken.id,
      name: apiToken.name,
      createdAt: apiToken.createdAt,
      createdByName: creator.name,
      ownedBy: apiToken.ownedBy,
      isReowned: sql<boolean>`${apiToken.ownedBy} is distinct from ${apiToken.createdBy}`.mapWith(Boolean),
      ownerName: owner.name,
      ownerHasRole: ownerHasRole(),
      expiresAt: apiToken.expiresAt,
      lastUsedAt: apiToken.lastUsedAt,
      revokedAt: apiToken.revokedAt,
    })
    .from(apiToken)
    .leftJoin(creator, eq(creator.id, apiToken.createdBy))
    .leftJoin(owner, eq(owner.id, apiToken.ownedBy))
    .where(eq(apiToken.organisationId, organisationId))
    .orderBy(desc(apiToken.createdAt), desc(apiToken.id));
  const now = new Date();
  return rows.map(({ ownerHasRole: hasRole, ...row }) => ({
    ...row,
    state: apiTokenState({ ...row, ownerHasRole: hasRole }, now),
  }));
}
