import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { canManageApiTokensOf } from "./api-token-policy.server.ts";
import { apiToken } from "./tables.ts";

/**
 * A token that the viewer manages, locked for the rest of the transaction (revoke, renew and take
 * over recheck its state under the lock). With `organisationId` (the page's organisation), a token of
 * another organisation is "not found", as is a nonsense id.
 */
export async function findManagedApiToken(
  tx: DbOrTx,
  { viewer, tokenId, organisationId }: { viewer: Viewer | null; tokenId: string; organisationId?: string },
) {
  if (!/^[0-9a-f-]{36}$/i.test(tokenId)) throw new AppError("not_found");
  const [token] = await tx.select().from(apiToken).where(eq(apiToken.id, tokenId)).for("update");
  if (!token || (organisationId !== undefined && token.organisationId !== organisationId))
    throw new AppError("not_found");
  assertAllowed(canManageApiTokensOf(viewer, token.organisationId));
  return token;
}
