import { desc, eq, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { dialogueContact } from "./record-tables.ts";

// The contact register's share of a person's data (ADR 029), put together with the rest of the dialogue
// module's in personal-data.server.ts: the contacts a buyer recorded or edited. The entries are the
// organisation's record of its procurement and stay; only who wrote them is forgotten. Survey answers
// hold no person (nor company) and are not a person's data.

/** The contacts the person recorded or last edited, for the export of their data. */
export async function contactsDataOfPerson(db: DbOrTx, userId: string) {
  const dialogueContacts = await db
    .select({
      id: dialogueContact.id,
      planId: dialogueContact.planId,
      kind: dialogueContact.kind,
      occurredAt: dialogueContact.occurredAt,
      organisationName: dialogueContact.organisationName,
      ourParticipants: dialogueContact.ourParticipants,
      theirParticipants: dialogueContact.theirParticipants,
      sharedMaterial: dialogueContact.sharedMaterial,
      conflictOfInterest: dialogueContact.conflictOfInterest,
      publicSummary: dialogueContact.publicSummary,
      createdAt: dialogueContact.createdAt,
    })
    .from(dialogueContact)
    .where(or(eq(dialogueContact.createdBy, userId), eq(dialogueContact.updatedBy, userId)))
    .orderBy(desc(dialogueContact.createdAt));
  return { dialogueContacts };
}

/** Forgets who recorded or edited contacts; the register stays. */
export async function eraseContactsDataOf(db: DbOrTx, userId: string): Promise<void> {
  await db.update(dialogueContact).set({ createdBy: null }).where(eq(dialogueContact.createdBy, userId));
  await db.update(dialogueContact).set({ updatedBy: null }).where(eq(dialogueContact.updatedBy, userId));
}
