import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { notifyMeetingCompany } from "./meeting-notify.server.ts";
import {
  findMeetingRound,
  findMeetingSlot,
  isBookable,
  lockMeetingRound,
} from "./meeting-round-rows.server.ts";
import { dialogueMeetingBooking } from "./meetings-tables.ts";
import { canTakePartInDialogue } from "./policy.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type BookMeetingResult =
  | { ok: true; bookingId: string }
  | { ok: false; error: "slotTaken" | "alreadyBooked" | "closed" };

type MailServices = Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };

/**
 * The viewer's company books one slot of an open round, before its deadline. Who gets a slot is decided
 * by the database: the partial unique indexes allow one active booking per slot and one per company a
 * round, and an insert that meets either does nothing (no error, no 500); the result then says which.
 * The round's row is share-locked, so the buyer's closing waits for the bookings in progress.
 */
export async function bookMeetingSlot({
  services,
  viewer,
  slotId,
  requestId,
}: {
  services: MailServices;
  viewer: Viewer | null;
  slotId: string;
  requestId?: string;
}): Promise<BookMeetingResult> {
  const { db } = services.database;
  const slot = await findMeetingSlot(db, slotId);
  const round = slot ? await findMeetingRound(db, slot.roundId) : null;
  const plan = round && round.state !== "draft" ? await findPlanForDialogue(db, round.planId) : null;
  if (!slot || !round || !plan) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  if (!viewer || !company || !canTakePartInDialogue(viewer, plan)) throw new AppError("forbidden");
  return db.transaction(async (tx): Promise<BookMeetingResult> => {
    const current = await lockPlanForDialogue(tx, round.planId);
    if (!current || !canTakePartInDialogue(viewer, current)) throw new AppError("conflict");
    const locked = await lockMeetingRound(tx, round.id, "share");
    if (!locked || !isBookable(locked)) return { ok: false, error: "closed" };
    const [booking] = await tx
      .insert(dialogueMeetingBooking)
      .values({ slotId, roundId: round.id, organisationId: company.organisationId, bookedBy: viewer.userId })
      .onConflictDoNothing()
      .returning({ id: dialogueMeetingBooking.id });
    if (!booking) {
      // A later statement sees what the winner committed: was it this company, or the slot?
      const [own] = await tx
        .select({ id: dialogueMeetingBooking.id })
        .from(dialogueMeetingBooking)
        .where(
          and(
            eq(dialogueMeetingBooking.roundId, round.id),
            eq(dialogueMeetingBooking.organisationId, company.organisationId),
            isNull(dialogueMeetingBooking.cancelledAt),
          ),
        );
      return { ok: false, error: own ? "alreadyBooked" : "slotTaken" };
    }
    await recordDialogueStep(tx, {
      planId: round.planId,
      kind: "meeting.booked",
      audience: "company",
      subjectId: round.id,
      organisationId: company.organisationId,
      summary: { slotId, startsAt: slot.startsAt.toISOString() },
      actorId: viewer.userId,
    });
    const notified = await notifyMeetingCompany(tx, services, {
      event: "booked",
      organisationId: company.organisationId,
      planId: round.planId,
      round: locked,
      slot,
      bookingId: booking.id,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: company.organisationId,
      action: "dialogue.meeting.book",
      entityType: "meeting-booking",
      entityId: booking.id,
      summary: { roundId: round.id, slotId, notified },
      requestId,
    });
    return { ok: true, bookingId: booking.id };
  });
}
