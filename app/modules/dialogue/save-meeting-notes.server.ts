import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { findMeetingBooking, findMeetingRound } from "./meeting-round-rows.server.ts";
import { dialogueMeetingNote } from "./meetings-tables.ts";
import { canManageDialogue } from "./policy.ts";

/**
 * The buyer's private notes on one meeting, replaced whole; empty text removes them. Never shown to a
 * company or the public and never in the dialogue record; audited without the text.
 */
export async function saveMeetingNotes({
  services,
  viewer,
  bookingId,
  body,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  bookingId: string;
  body: string;
  requestId?: string;
}): Promise<{ ok: true }> {
  const { db } = services.database;
  const booking = await findMeetingBooking(db, bookingId);
  const round = booking ? await findMeetingRound(db, booking.roundId) : null;
  const plan = round ? await findPlanForDialogue(db, round.planId) : null;
  if (!booking || !round || !plan || !viewer || !canManageDialogue(viewer, plan))
    throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const current = await lockPlanForDialogue(tx, round.planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    if (body === "") {
      await tx.delete(dialogueMeetingNote).where(eq(dialogueMeetingNote.bookingId, bookingId));
    } else {
      const values = { body, updatedBy: viewer.userId, updatedAt: new Date() };
      await tx
        .insert(dialogueMeetingNote)
        .values({ bookingId, ...values })
        .onConflictDoUpdate({ target: dialogueMeetingNote.bookingId, set: values });
    }
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.meeting.notes",
      entityType: "meeting-booking",
      entityId: bookingId,
      summary: { roundId: round.id, length: body.length },
      requestId,
    });
    return { ok: true } as const;
  });
}
