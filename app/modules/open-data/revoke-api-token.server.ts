import { and, eq, isNull } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findManagedApiToken } from "./find-managed-api-token.server.ts";
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
  await services.database.db.transaction(async (tx) => {
    const token = await findManagedApiToken(tx, { viewer, tokenId, organisationId });
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
