import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findManagedApiToken } from "./find-managed-api-token.server.ts";
import { apiToken } from "./tables.ts";

/**
 * The administrator takes a token over: from now on it acts as them, and works while they may edit the
 * organisation's plans (ADR 024). The explicit way to keep a token whose owner left; audited with the
 * previous owner. A revoked token stays revoked (conflict).
 */
export async function reownApiToken({
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
    if (!viewer) throw new AppError("forbidden");
    if (token.revokedAt) throw new AppError("conflict");
    await tx.update(apiToken).set({ ownedBy: viewer.userId }).where(eq(apiToken.id, tokenId));
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: token.organisationId,
      action: "open-data.reown-api-token",
      entityType: "api-token",
      entityId: tokenId,
      summary: { name: token.name, previousOwnerId: token.ownedBy },
      requestId,
    });
  });
}
