import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/types.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { partnersRequest, partnersThread } from "./tables.ts";

export type PartnerThreadRecord = {
  id: string;
  requestId: string;
  planId: string;
  lotNumber: number | null;
  kind: string;
  direction: string;
  requestStatus: string;
  posterId: string;
  posterName: string;
  contactingId: string;
  contactingName: string;
};

const contacting = alias(organisationsOrganisation, "contacting");

/** A thread with its request, plan id and both companies; null for unknown ids. */
export async function findPartnerThread(db: DbOrTx, id: string): Promise<PartnerThreadRecord | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select({
      id: partnersThread.id,
      requestId: partnersRequest.id,
      planId: partnersRequest.planId,
      lotNumber: partnersRequest.lotNumber,
      kind: partnersRequest.kind,
      direction: partnersRequest.direction,
      requestStatus: partnersRequest.status,
      posterId: partnersRequest.organisationId,
      posterName: organisationsOrganisation.name,
      contactingId: partnersThread.organisationId,
      contactingName: contacting.name,
    })
    .from(partnersThread)
    .innerJoin(partnersRequest, eq(partnersRequest.id, partnersThread.requestId))
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, partnersRequest.organisationId))
    .innerJoin(contacting, eq(contacting.id, partnersThread.organisationId))
    .where(eq(partnersThread.id, id));
  return row ?? null;
}
