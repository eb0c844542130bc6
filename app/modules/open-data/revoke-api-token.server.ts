import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { recordAudit } from "../audit/record-audit.server.ts";
import { assertAllowed } from "../organisations/policy.ts";
import { canManageApiTokensOf } from "./api-token-policy.server.ts";
import { apiToken } from "./tables.ts";

/**
 * Revokes a token at once; revoking twice is harmless. With `organisationId` (the page's organisation),
 * a token of another organisation is "not found".
 */
export async function revokeApiToken({
  services,
  viewer,
  tokenId,
  organisationId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  tokenId: string;
  organisationId?: string;
  requestId?: string;
}): Promise<void> {
  const { db } = services.database;
  if (!/^[0-9a-f-]{36}$/i.test(tokenId)) throw new AppError("not_found");
  const [token] = await db.select().from(apiToken).where(eq(apiToken.id, tokenId));
  if (!token || (organisationId !== undefined && token.organisationId !== organisationId))
    throw new AppError("not_found");
  assertAllowed(canManageApiTokensOf(viewer, token.organisationId));
  await db.transaction(async (tx) => {
    await tx
      .update(apiToken)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiToken.id, tokenId), isNull(apiToken.revokedAt)));
    await recordAudit(tx, {
      actorId: viewer?.userId ?? null,
      organisationId: token.organisationId,
      action: "open-data.revoke-api-token",
      entityType: "api-token",
      entityId: tokenId,
      summary: { name: token.name },
      requestId,
    });
  });
}
