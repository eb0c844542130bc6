import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { plansPlan } from "../plans/shared-tables.ts";
import { partnersRequest } from "./tables.ts";

export type PartnerRequestRecord = typeof partnersRequest.$inferSelect & {
  posterName: string;
  plan: {
    id: string;
    organisationId: string;
    visibility: string;
    archivedAt: Date | null;
  };
};

/**
 * A partner request with its plan's state (no text) and the posting company's name; null for unknown ids. With
 * `lockShare` (inside a transaction) the request and plan rows stay as read until it commits: closing
 * the request or changing the plan waits.
 */
export async function findPartnerRequest(
  db: DbOrTx,
  id: string,
  { lockShare = false }: { lockShare?: boolean } = {},
): Promise<PartnerRequestRecord | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const query = db
    .select({
      request: partnersRequest,
      posterName: organisationsOrganisation.name,
      plan: {
        id: plansPlan.id,
        organisationId: plansPlan.organisationId,
        visibility: plansPlan.visibility,
        archivedAt: plansPlan.archivedAt,
      },
    })
    .from(partnersRequest)
    .innerJoin(plansPlan, eq(plansPlan.id, partnersRequest.planId))
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, partnersRequest.organisationId))
    .where(eq(partnersRequest.id, id));
  const [row] = lockShare ? await query.for("share", { of: [partnersRequest, plansPlan] }) : await query;
  return row ? { ...row.request, posterName: row.posterName, plan: row.plan } : null;
}
