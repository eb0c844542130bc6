import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { registerPersonalData } from "../accounts/index.server.ts";
import { draftsDataOfPerson, eraseDraftsDataOf } from "./draft-personal-data.server.ts";
import { eraseEventsDataOf, eventsDataOfPerson } from "./events-personal-data.server.ts";
import { eraseMeetingsDataOf, meetingsDataOfPerson } from "./meetings-personal-data.server.ts";
import { dialogueQuestion } from "./questions-tables.ts";
import { contactsDataOfPerson, eraseContactsDataOf } from "./record-personal-data.server.ts";
import { eraseRfiDataOf, rfiDataOfPerson } from "./rfi-personal-data.server.ts";
import { dialogueStep } from "./tables.ts";

// The dialogue module's part of a person's data (ADR 029): each dialogue feature gives its own share
// (questions here, meetings in meetings-personal-data.server.ts). Questions, bookings and the
// level-playing-field record are the companies' and the buyers' correspondence and stay (a published
// question is part of the procurement's record); who asked, answered, booked or acted is forgotten.

/** The questions a person asked on plans, for the export of their data. */
export async function questionsDataOfPerson(db: DbOrTx, userId: string) {
  const questions = await db
    .select({
      id: dialogueQuestion.id,
      planId: dialogueQuestion.planId,
      organisationId: dialogueQuestion.organisationId,
      question: dialogueQuestion.question,
      showCompany: dialogueQuestion.showCompany,
      state: dialogueQuestion.state,
      createdAt: dialogueQuestion.createdAt,
    })
    .from(dialogueQuestion)
    .where(eq(dialogueQuestion.askedBy, userId))
    .orderBy(desc(dialogueQuestion.createdAt));
  return { dialogueQuestions: questions };
}

registerPersonalData({
  module: "dialogue",
  exportFor: async (tx, subject) => ({
    ...(await questionsDataOfPerson(tx, subject.userId)),
    ...(await meetingsDataOfPerson(tx, subject.userId)),
    ...(await draftsDataOfPerson(tx, subject.userId)),
    ...(await eventsDataOfPerson(tx, subject.userId)),
    ...(await contactsDataOfPerson(tx, subject.userId)),
    ...(await rfiDataOfPerson(tx, subject.userId)),
  }),
  eraseFor: async (tx, subject) => {
    await tx
      .update(dialogueQuestion)
      .set({ askedBy: null })
      .where(eq(dialogueQuestion.askedBy, subject.userId));
    await tx
      .update(dialogueQuestion)
      .set({ answeredBy: null })
      .where(eq(dialogueQuestion.answeredBy, subject.userId));
    await eraseMeetingsDataOf(tx, subject.userId);
    await eraseDraftsDataOf(tx, subject.userId);
    await eraseEventsDataOf(tx, subject.userId);
    await eraseContactsDataOf(tx, subject.userId);
    await eraseRfiDataOf(tx, subject.userId);
    await tx.update(dialogueStep).set({ actorId: null }).where(eq(dialogueStep.actorId, subject.userId));
  },
});
