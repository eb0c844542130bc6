import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { dialogueEvent, dialogueEventRegistration } from "./events-tables.ts";

// The events' share of a person's data (ADR 029), put together with the rest of the dialogue module's in
// personal-data.server.ts: the events they created and the registrations they made, with the attendees'
// names and the needs they gave. Erasure forgets who did it and removes the names and needs (they are
// about people); the registrations themselves are the companies' and stay.

/** What the person did with events, for the export of their data. */
export async function eventsDataOfPerson(db: DbOrTx, userId: string) {
  const events = await db
    .select({
      id: dialogueEvent.id,
      planId: dialogueEvent.planId,
      title: dialogueEvent.title,
      createdAt: dialogueEvent.createdAt,
    })
    .from(dialogueEvent)
    .where(eq(dialogueEvent.createdBy, userId))
    .orderBy(desc(dialogueEvent.createdAt));
  const eventRegistrations = await db
    .select({
      id: dialogueEventRegistration.id,
      eventId: dialogueEventRegistration.eventId,
      organisationId: dialogueEventRegistration.organisationId,
      status: dialogueEventRegistration.status,
      attendees: dialogueEventRegistration.attendees,
      attendeeCount: dialogueEventRegistration.attendeeCount,
      needs: dialogueEventRegistration.needs,
      createdAt: dialogueEventRegistration.createdAt,
      cancelledAt: dialogueEventRegistration.cancelledAt,
    })
    .from(dialogueEventRegistration)
    .where(eq(dialogueEventRegistration.registeredBy, userId))
    .orderBy(desc(dialogueEventRegistration.createdAt));
  return { dialogueEvents: events, dialogueEventRegistrations: eventRegistrations };
}

/** Forgets who created or registered, and the names and needs the person gave; the seats stay. */
export async function eraseEventsDataOf(db: DbOrTx, userId: string): Promise<void> {
  await db.update(dialogueEvent).set({ createdBy: null }).where(eq(dialogueEvent.createdBy, userId));
  await db
    .update(dialogueEventRegistration)
    .set({ registeredBy: null, attendees: [], needs: null })
    .where(eq(dialogueEventRegistration.registeredBy, userId));
  await db
    .update(dialogueEventRegistration)
    .set({ cancelledBy: null })
    .where(eq(dialogueEventRegistration.cancelledBy, userId));
}
