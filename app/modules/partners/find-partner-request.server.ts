import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { plansPlan } from "../plans/tables.ts";
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

/** A partner request with its plan's state (no text) and the posting company's name; null for unknown ids. */
export async function findPartnerRequest(db: DbOrTx, id: string): Promise<PartnerRequestRecord | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
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
  return row ? { ...row.request, posterName: row.posterName, plan: row.plan } : null;
}
