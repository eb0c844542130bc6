import { eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { findPlanForPartners, lockPlanForPartners, type PlanForPartners } from "../plans/index.server.ts";
import { partnersRequest } from "./tables.ts";

export type PartnerRequestRecord = typeof partnersRequest.$inferSelect & {
  posterName: string;
  /** The plan's state (no text), as the plans module gives it to partners. */
  plan: PlanForPartners;
};

async function selectRequest(db: DbOrTx, id: string, { lockShare }: { lockShare: boolean }) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const query = db
    .select({ request: partnersRequest, posterName: organisationsOrganisation.name })
    .from(partnersRequest)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, partnersRequest.organisationId))
    .where(eq(partnersRequest.id, id));
  const [row] = lockShare ? await query.for("share", { of: [partnersRequest] }) : await query;
  return row ?? null;
}

/** A partner request with its plan's state (no text) and the posting company's name; null for unknown ids. */
export async function findPartnerRequest(db: DbOrTx, id: string): Promise<PartnerRequestRecord | null> {
  const row = await selectRequest(db, id, { lockShare: false });
  const plan = row && (await findPlanForPartners(db, row.request.planId));
  return row && plan ? { ...row.request, posterName: row.posterName, plan } : null;
}

/**
 * The same, read inside a transaction with the request and its plan share-locked until it commits
 * (ADR 022): closing the request or changing the plan waits, so a command decides on them as read.
 */
export async function lockPartnerRequest(tx: Tx, id: string): Promise<PartnerRequestRecord | null> {
  const row = await selectRequest(tx, id, { lockShare: true });
  const plan = row && (await lockPlanForPartners(tx, row.request.planId));
  return row && plan ? { ...row.request, posterName: row.posterName, plan } : null;
}
