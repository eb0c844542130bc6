import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import { partnersMessage, partnersRequest } from "./tables.ts";

/** The partner requests a person posted and the messages they wrote, for the export of their data. */
export async function partnerDataOfPerson(db: Db, userId: string) {
  const requests = await db
    .select({
      id: partnersRequest.id,
      planId: partnersRequest.planId,
      lotNumber: partnersRequest.lotNumber,
      organisationId: partnersRequest.organisationId,
      kind: partnersRequest.kind,
      direction: partnersRequest.direction,
      description: partnersRequest.description,
      status: partnersRequest.status,
      createdAt: partnersRequest.createdAt,
    })
    .from(partnersRequest)
    .where(eq(partnersRequest.createdBy, userId))
    .orderBy(desc(partnersRequest.createdAt));
  const messages = await db
    .select({
      threadId: partnersMessage.threadId,
      organisationId: partnersMessage.senderOrganisationId,
      body: partnersMessage.body,
      createdAt: partnersMessage.createdAt,
    })
    .from(partnersMessage)
    .where(eq(partnersMessage.senderUserId, userId))
    .orderBy(desc(partnersMessage.createdAt));
  return { partnerRequests: requests, partnerMessages: messages };
}
