import { desc, eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import { accountsUser } from "../accounts/tables.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { assertCanManageApiTokens } from "./api-token-policy.server.ts";
import { apiToken } from "./tables.ts";

/**
 * The organisation's API tokens, newest first, for its token page: names and dates only (the token
 * itself is never stored, its hash never leaves the database). Buyer-admins and platform administrators.
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
  return db
    .select({
      id: apiToken.id,
      name: apiToken.name,
      createdAt: apiToken.createdAt,
      createdByName: accountsUser.name,
      lastUsedAt: apiToken.lastUsedAt,
      revokedAt: apiToken.revokedAt,
    })
    .from(apiToken)
    .leftJoin(accountsUser, eq(accountsUser.id, apiToken.createdBy))
    .where(eq(apiToken.organisationId, organisationId))
    .orderBy(desc(apiToken.createdAt), desc(apiToken.id));
}
