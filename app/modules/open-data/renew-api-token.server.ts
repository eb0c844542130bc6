import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { apiTokenValiditySchema, defaultApiTokenValidity } from "./api-token-forms.ts";
import { expiryAfter } from "./api-token-state.ts";
import { findManagedApiToken } from "./find-managed-api-token.server.ts";
import { apiToken } from "./tables.ts";

/**
 * Gives a token a new expiry `validDays` from now (an expired token works again); audited with the old
 * and the new expiry. A revoked token stays revoked (conflict).
 */
export async function renewApiToken({
  services,
  viewer,
  tokenId,
  organisationId,
  validDays = defaultApiTokenValidity,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  tokenId: string;
  organisationId?: string;
  validDays?: string;
  requestId?: string;
}): Promise<{ expiresAt: Date }> {
  const days = apiTokenValiditySchema.parse(validDays);
  return services.database.db.transaction(async (tx) => {
    const token = await findManagedApiToken(tx, { viewer, tokenId, organisationId });
    if (token.revokedAt) throw new AppError("conflict");
    const expiresAt = expiryAfter(days);
    await tx.update(apiToken).set({ expiresAt }).where(eq(apiToken.id, tokenId));
    await recordAudit(tx, {
      actorId: viewer?.userId ?? null,
      organisationId: token.organisationId,
      action: "open-data.renew-api-token",
      entityType: "api-token",
      entityId: tokenId,
      summary: {
        name: token.name,
        previousExpiresAt: token.expiresAt.toISOString(),
        expiresAt: expiresAt.toISOString(),
      },
      requestId,
    });
    return { expiresAt };
  });
}
