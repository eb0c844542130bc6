import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { dialogueRfi, dialogueRfiAnswerFile, dialogueRfiResponse } from "./rfi-tables.ts";

// The requests for information's share of a person's data (ADR 029), put together with the rest of the
// dialogue module's in personal-data.server.ts: the requests they made, the company responses they last
// saved and the files they uploaded. The responses are the companies' and stay; only who did it is
// forgotten.

/** What the person did in requests for information, for the export of their data. */
export async function rfiDataOfPerson(db: DbOrTx, userId: string) {
  const rfis = await db
    .select({
      id: dialogueRfi.id,
      planId: dialogueRfi.planId,
      title: dialogueRfi.title,
      createdAt: dialogueRfi.createdAt,
    })
    .from(dialogueRfi)
    .where(eq(dialogueRfi.createdBy, userId))
    .orderBy(desc(dialogueRfi.createdAt));
  const rfiResponses = await db
    .select({
      id: dialogueRfiResponse.id,
      rfiId: dialogueRfiResponse.rfiId,
      organisationId: dialogueRfiResponse.organisationId,
      updatedAt: dialogueRfiResponse.updatedAt,
    })
    .from(dialogueRfiResponse)
    .where(eq(dialogueRfiResponse.lastEditorId, userId))
    .orderBy(desc(dialogueRfiResponse.updatedAt));
  const rfiFiles = await db
    .select({
      id: dialogueRfiAnswerFile.id,
      responseId: dialogueRfiAnswerFile.responseId,
      fileName: dialogueRfiAnswerFile.fileName,
      createdAt: dialogueRfiAnswerFile.createdAt,
    })
    .from(dialogueRfiAnswerFile)
    .where(eq(dialogueRfiAnswerFile.uploadedBy, userId));
  return { rfis, rfiResponses, rfiFiles };
}

/** Forgets who made a request, last saved a response or uploaded a file; the rows stay. */
export async function eraseRfiDataOf(db: DbOrTx, userId: string): Promise<void> {
  await db.update(dialogueRfi).set({ createdBy: null }).where(eq(dialogueRfi.createdBy, userId));
  await db
    .update(dialogueRfiResponse)
    .set({ lastEditorId: null })
    .where(eq(dialogueRfiResponse.lastEditorId, userId));
  await db
    .update(dialogueRfiAnswerFile)
    .set({ uploadedBy: null })
    .where(eq(dialogueRfiAnswerFile.uploadedBy, userId));
}
