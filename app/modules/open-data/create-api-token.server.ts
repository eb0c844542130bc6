import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { apiTokenNameSchema, apiTokenValiditySchema, defaultApiTokenValidity } from "./api-token-forms.ts";
import { assertCanManageApiTokens } from "./api-token-policy.server.ts";
import { hashToken, newTokenSecret } from "./api-token-secret.ts";
import { expiryAfter } from "./api-token-state.ts";
import { apiToken } from "./tables.ts";

/**
 * Creates an API token for the organisation, acting as its creator and working for `validDays` (a year
 * by default); the returned token is shown once and never stored.
 */
export async function createApiToken({
  services,
  viewer,
  organisationId,
  name,
  validDays = defaultApiTokenValidity,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
  name: string;
  validDays?: string;
  requestId?: string;
}): Promise<{ id: string; token: string; expiresAt: Date }> {
  await assertCanManageApiTokens(services.database.db, viewer, organisationId);
  const tokenName = apiTokenNameSchema.parse(name);
  const days = apiTokenValiditySchema.parse(validDays);
  const expiresAt = expiryAfter(days);
  const token = newTokenSecret();
  const id = await services.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiToken)
      .values({
        organisationId,
        name: tokenName,
        tokenHash: hashToken(token),
        createdBy: viewer?.userId ?? null,
        ownedBy: viewer?.userId ?? null,
        expiresAt,
      })
      .returning({ id: apiToken.id });
    if (!row) throw new Error("token insert returned nothing");
    await recordAudit(tx, {
      actorId: viewer?.userId ?? null,
      organisationId,
      action: "open-data.create-api-token",
      entityType: "api-token",
      entityId: row.id,
      summary: { name: tokenName, expiresAt: expiresAt.toISOString() },
      requestId,
    });
    return row.id;
  });
  return { id, token, expiresAt };
}
