import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { registerPersonalData } from "../accounts/index.server.ts";
import { presentationsMessage, presentationsPresentation, presentationsRecipient } from "./tables.ts";

/** The presentations a person sent and the replies they wrote, for the export of their data. */
export async function presentationDataOfPerson(db: DbOrTx, userId: string) {
  const presentations = await db
    .select({
      id: presentationsPresentation.id,
      companyId: presentationsPresentation.companyId,
      title: presentationsPresentation.title,
      offering: presentationsPresentation.offering,
      needs: presentationsPresentation.needs,
      planId: presentationsPresentation.planId,
      createdAt: presentationsPresentation.createdAt,
    })
    .from(presentationsPresentation)
    .where(eq(presentationsPresentation.createdBy, userId))
    .orderBy(desc(presentationsPresentation.createdAt));
  const messages = await db
    .select({
      presentationId: presentationsRecipient.presentationId,
      recipientOrganisationId: presentationsRecipient.organisationId,
      side: presentationsMessage.side,
      authorName: presentationsMessage.authorName,
      body: presentationsMessage.body,
      createdAt: presentationsMessage.createdAt,
    })
    .from(presentationsMessage)
    .innerJoin(presentationsRecipient, eq(presentationsRecipient.id, presentationsMessage.recipientId))
    .where(eq(presentationsMessage.authorId, userId))
    .orderBy(desc(presentationsMessage.createdAt));
  return { presentations, presentationMessages: messages };
}

registerPersonalData({
  module: "presentations",
  exportFor: (tx, subject) => presentationDataOfPerson(tx, subject.userId),
  // The messages stay in the buyer's and the company's thread; the author's name is blanked (the thread
  // then says "deleted user").
  eraseFor: async (tx, subject) => {
    await tx
      .update(presentationsMessage)
      .set({ authorName: "", authorId: null })
      .where(eq(presentationsMessage.authorId, subject.userId));
  },
});
