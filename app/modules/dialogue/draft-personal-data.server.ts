import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { dialogueDraft, dialogueDraftComment, dialogueDraftDocument } from "./draft-tables.ts";

// The drafts' share of a person's data (ADR 029), put together with the rest of the dialogue module's
// in personal-data.server.ts: the drafts they started and the comments they wrote for their company or
// responded to. A comment is the company's correspondence and, once responded to, part of the
// procurement's public record, so it stays; only who wrote or responded is forgotten.

/** What the person did with drafts for comment, for the export of their data. */
export async function draftsDataOfPerson(db: DbOrTx, userId: string) {
  const drafts = await db
    .select({
      id: dialogueDraft.id,
      planId: dialogueDraft.planId,
      title: dialogueDraft.title,
      createdAt: dialogueDraft.createdAt,
    })
    .from(dialogueDraft)
    .where(eq(dialogueDraft.createdBy, userId))
    .orderBy(desc(dialogueDraft.createdAt));
  const draftComments = await db
    .select({
      id: dialogueDraftComment.id,
      draftId: dialogueDraftComment.draftId,
      sectionId: dialogueDraftComment.sectionId,
      organisationId: dialogueDraftComment.organisationId,
      body: dialogueDraftComment.body,
      createdAt: dialogueDraftComment.createdAt,
      respondedAt: dialogueDraftComment.respondedAt,
    })
    .from(dialogueDraftComment)
    .where(eq(dialogueDraftComment.authorId, userId))
    .orderBy(desc(dialogueDraftComment.createdAt));
  return { dialogueDrafts: drafts, dialogueDraftComments: draftComments };
}

/** Forgets who started a draft, wrote a comment or responded to one; the rows stay. */
export async function eraseDraftsDataOf(db: DbOrTx, userId: string): Promise<void> {
  await db.update(dialogueDraft).set({ createdBy: null }).where(eq(dialogueDraft.createdBy, userId));
  await db
    .update(dialogueDraftDocument)
    .set({ createdBy: null })
    .where(eq(dialogueDraftDocument.createdBy, userId));
  await db
    .update(dialogueDraftComment)
    .set({ authorId: null })
    .where(eq(dialogueDraftComment.authorId, userId));
  await db
    .update(dialogueDraftComment)
    .set({ respondedBy: null })
    .where(eq(dialogueDraftComment.respondedBy, userId));
}
