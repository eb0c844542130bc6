import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { dialogueMeetingBooking, dialogueMeetingNote, dialogueMeetingRound } from "./meetings-tables.ts";

// The meetings' share of a person's data (ADR 029), put together with the rest of the dialogue module's
// in personal-data.server.ts: the rounds they offered, the bookings they made or cancelled for their
// company and the notes they wrote. The rows are the organisations' and stay; only who did it is
// forgotten.

/** What the person did in one-to-one meetings, for the export of their data. */
export async function meetingsDataOfPerson(db: DbOrTx, userId: string) {
  const meetingRounds = await db
    .select({
      id: dialogueMeetingRound.id,
      planId: dialogueMeetingRound.planId,
      title: dialogueMeetingRound.title,
      createdAt: dialogueMeetingRound.createdAt,
    })
    .from(dialogueMeetingRound)
    .where(eq(dialogueMeetingRound.createdBy, userId))
    .orderBy(desc(dialogueMeetingRound.createdAt));
  const meetingBookings = await db
    .select({
      id: dialogueMeetingBooking.id,
      roundId: dialogueMeetingBooking.roundId,
      organisationId: dialogueMeetingBooking.organisationId,
      createdAt: dialogueMeetingBooking.createdAt,
      cancelledAt: dialogueMeetingBooking.cancelledAt,
    })
    .from(dialogueMeetingBooking)
    .where(eq(dialogueMeetingBooking.bookedBy, userId))
    .orderBy(desc(dialogueMeetingBooking.createdAt));
  const meetingNotes = await db
    .select({
      bookingId: dialogueMeetingNote.bookingId,
      body: dialogueMeetingNote.body,
      updatedAt: dialogueMeetingNote.updatedAt,
    })
    .from(dialogueMeetingNote)
    .where(eq(dialogueMeetingNote.updatedBy, userId));
  return { meetingRounds, meetingBookings, meetingNotes };
}

/** Forgets who offered, booked, cancelled or noted; the meetings themselves stay. */
export async function eraseMeetingsDataOf(db: DbOrTx, userId: string): Promise<void> {
  await db
    .update(dialogueMeetingRound)
    .set({ createdBy: null })
    .where(eq(dialogueMeetingRound.createdBy, userId));
  await db
    .update(dialogueMeetingBooking)
    .set({ bookedBy: null })
    .where(eq(dialogueMeetingBooking.bookedBy, userId));
  await db
    .update(dialogueMeetingBooking)
    .set({ cancelledBy: null })
    .where(eq(dialogueMeetingBooking.cancelledBy, userId));
  await db
    .update(dialogueMeetingNote)
    .set({ updatedBy: null })
    .where(eq(dialogueMeetingNote.updatedBy, userId));
}
