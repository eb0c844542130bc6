import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { registerPersonalData } from "../accounts/index.server.ts";
import { dialogueQuestion } from "./questions-tables.ts";
import { dialogueStep } from "./tables.ts";

/** The questions a person asked on plans, for the export of their data. */
export async function dialogueDataOfPerson(db: DbOrTx, userId: string) {
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
  exportFor: (tx, subject) => dialogueDataOfPerson(tx, subject.userId),
  // Questions and the dialogue record are the companies' and the buyers' correspondence and stay (a
  // published question is part of the procurement's record); who asked, answered or acted is forgotten.
  eraseFor: async (tx, subject) => {
    await tx
      .update(dialogueQuestion)
      .set({ askedBy: null })
      .where(eq(dialogueQuestion.askedBy, subject.userId));
    await tx
      .update(dialogueQuestion)
      .set({ answeredBy: null })
      .where(eq(dialogueQuestion.answeredBy, subject.userId));
    await tx.update(dialogueStep).set({ actorId: null }).where(eq(dialogueStep.actorId, subject.userId));
  },
});
