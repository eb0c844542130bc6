import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { assertAllowed, membershipIn } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { isBuyerKind } from "../plans/index.server.ts";

/** Buyer-admins (and platform administrators) manage their organisation's API tokens. */
export function canManageApiTokensOf(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  if (viewer.isPlatformAdmin) return true;
  return membershipIn(viewer, organisationId)?.role === "buyer-admin";
}

/**
 * Refuses unless the viewer manages the organisation's tokens and the organisation can have them: only
 * contracting authorities have plans to write. An unknown organisation is "not found".
 */
export async function assertCanManageApiTokens(db: DbOrTx, viewer: Viewer | null, organisationId: string) {
  assertAllowed(canManageApiTokensOf(viewer, organisationId));
  const [organisation] = await db
    .select({ kind: organisationsOrganisation.kind })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.id, organisationId));
  if (!organisation) throw new AppError("not_found");
  assertAllowed(isBuyerKind(organisation.kind));
}
