import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { registerPersonalData } from "../accounts/index.server.ts";
import { partnersMessage, partnersRequest, partnersThread } from "./tables.ts";

/** The partner requests a person posted and the messages they wrote, for the export of their data. */
export async function partnerDataOfPerson(db: DbOrTx, userId: string) {
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

registerPersonalData({
  module: "partners",
  exportFor: (tx, subject) => partnerDataOfPerson(tx, subject.userId),
  // Requests, threads and messages are the companies' correspondence and stay; who wrote them is
  // forgotten (the name and address shown in a thread come from the account, which is deleted).
  eraseFor: async (tx, subject) => {
    await tx
      .update(partnersRequest)
      .set({ createdBy: null })
      .where(eq(partnersRequest.createdBy, subject.userId));
    await tx
      .update(partnersThread)
      .set({ createdBy: null })
      .where(eq(partnersThread.createdBy, subject.userId));
    await tx
      .update(partnersMessage)
      .set({ senderUserId: null })
      .where(eq(partnersMessage.senderUserId, subject.userId));
  },
});
