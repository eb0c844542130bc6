import { z } from "zod";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { recordAudit } from "../audit/record-audit.server.ts";
import { assertAllowed, membershipIn } from "../organisations/policy.ts";
import { hashToken, newTokenSecret } from "./api-token-secret.ts";
import { apiToken } from "./tables.ts";

export const apiTokenNameSchema = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(100, "validation.tooLong");

/** Buyer-admins (and platform administrators) manage their organisation's API tokens. */
export function canManageApiTokensOf(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  if (viewer.isPlatformAdmin) return true;
  return membershipIn(viewer, organisationId)?.role === "buyer-admin";
}

/** Creates an API token for the organisation; the returned token is shown once and never stored. */
export async function createApiToken({
  services,
  viewer,
  organisationId,
  name,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
  name: string;
  requestId?: string;
}): Promise<{ id: string; token: string }> {
  assertAllowed(canManageApiTokensOf(viewer, organisationId));
  const tokenName = apiTokenNameSchema.parse(name);
  const token = newTokenSecret();
  const id = await services.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiToken)
      .values({
        organisationId,
        name: tokenName,
        tokenHash: hashToken(token),
        createdBy: viewer?.userId ?? null,
      })
      .returning({ id: apiToken.id });
    if (!row) throw new Error("token insert returned nothing");
    await recordAudit(tx, {
      actorId: viewer?.userId ?? null,
      organisationId,
      action: "open-data.create-api-token",
      entityType: "api-token",
      entityId: row.id,
      summary: { name: tokenName },
      requestId,
    });
    return row.id;
  });
  return { id, token };
}
