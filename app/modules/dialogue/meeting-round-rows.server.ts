import { eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { dialogueMeetingBooking, dialogueMeetingRound, dialogueMeetingSlot } from "./meetings-tables.ts";

// Reading a round, a slot or a booking for the meeting commands: first without a lock (to check the
// viewer may act at all), then inside the transaction with the round's row locked.

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export type MeetingRoundRow = typeof dialogueMeetingRound.$inferSelect;

/** The round, or null for an unknown or malformed id. */
export async function findMeetingRound(db: DbOrTx, roundId: string): Promise<MeetingRoundRow | null> {
  if (!isUuid(roundId)) return null;
  const [round] = await db.select().from(dialogueMeetingRound).where(eq(dialogueMeetingRound.id, roundId));
  return round ?? null;
}

/**
 * The round read again inside a transaction with its row locked until the transaction ends: "share" for
 * a booking or cancellation (many at once; the unique indexes decide between them), "update" for the
 * buyer's state changes, which wait for the bookings in progress and make later ones wait.
 */
export async function lockMeetingRound(
  tx: Tx,
  roundId: string,
  strength: "share" | "update",
): Promise<MeetingRoundRow | null> {
  const [round] = await tx
    .select()
    .from(dialogueMeetingRound)
    .where(eq(dialogueMeetingRound.id, roundId))
    .for(strength === "share" ? "share" : "no key update");
  return round ?? null;
}

/** A slot with its round's id, or null. */
export async function findMeetingSlot(
  db: DbOrTx,
  slotId: string,
): Promise<{ id: string; roundId: string; startsAt: Date; endsAt: Date } | null> {
  if (!isUuid(slotId)) return null;
  const [slot] = await db.select().from(dialogueMeetingSlot).where(eq(dialogueMeetingSlot.id, slotId));
  return slot ?? null;
}

export type MeetingBookingRow = typeof dialogueMeetingBooking.$inferSelect;

/** A booking (active or cancelled), or null. */
export async function findMeetingBooking(db: DbOrTx, bookingId: string): Promise<MeetingBookingRow | null> {
  if (!isUuid(bookingId)) return null;
  const [booking] = await db
    .select()
    .from(dialogueMeetingBooking)
    .where(eq(dialogueMeetingBooking.id, bookingId));
  return booking ?? null;
}

/** Whether bookings and cancellations are taken now: the round is open and its deadline not passed. */
export function isBookable(
  round: Pick<MeetingRoundRow, "state" | "bookingDeadline">,
  now = new Date(),
): boolean {
  return round.state === "open" && now.getTime() <= round.bookingDeadline.getTime();
}
