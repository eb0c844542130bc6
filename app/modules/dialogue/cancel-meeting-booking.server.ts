import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { lockPlanForDialogue } from "../plans/index.server.ts";
import { notifyMeetingCompany } from "./meeting-notify.server.ts";
import {
  findMeetingBooking,
  findMeetingRound,
  findMeetingSlot,
  isBookable,
  lockMeetingRound,
} from "./meeting-round-rows.server.ts";
import { dialogueMeetingBooking } from "./meetings-tables.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type CancelMeetingResult = { ok: true } | { ok: false; error: "closed" | "notBooked" };

type MailServices = Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };

/**
 * The company cancels its booking while the round is open and before its deadline; the slot is free
 * again at once, and the company may book another (rebooking is cancel, then book). The row stays,
 * marked cancelled, for the record.
 */
export async function cancelMeetingBooking({
  services,
  viewer,
  bookingId,
  requestId,
}: {
  services: MailServices;
  viewer: Viewer | null;
  bookingId: string;
  requestId?: string;
}): Promise<CancelMeetingResult> {
  const { db } = services.database;
  const booking = await findMeetingBooking(db, bookingId);
  const company = actingCompanyOf(viewer);
  // Another company's booking is not even said to exist.
  if (!booking || !viewer || !company || company.organisationId !== booking.organisationId)
    throw new AppError("not_found");
  const slot = await findMeetingSlot(db, booking.slotId);
  const round = await findMeetingRound(db, booking.roundId);
  if (!slot || !round) throw new AppError("not_found");
  return db.transaction(async (tx): Promise<CancelMeetingResult> => {
    // Plan, then round, as every meeting command locks them. The plan's share lock keeps it as it is
    // while the cancellation is written (ADR 022); a company may cancel even when the plan is no longer
    // public, so its state is not checked here.
    if (!(await lockPlanForDialogue(tx, round.planId))) throw new AppError("conflict");
    const locked = await lockMeetingRound(tx, round.id, "share");
    if (!locked) throw new AppError("conflict");
    if (!isBookable(locked)) return { ok: false, error: "closed" };
    const [cancelled] = await tx
      .update(dialogueMeetingBooking)
      .set({ cancelledAt: new Date(), cancelledBy: viewer.userId })
      .where(and(eq(dialogueMeetingBooking.id, bookingId), isNull(dialogueMeetingBooking.cancelledAt)))
      .returning({ id: dialogueMeetingBooking.id });
    if (!cancelled) return { ok: false, error: "notBooked" };
    await recordDialogueStep(tx, {
      planId: locked.planId,
      kind: "meeting.cancelled",
      audience: "company",
      subjectId: locked.id,
      organisationId: company.organisationId,
      summary: { slotId: slot.id, startsAt: slot.startsAt.toISOString() },
      actorId: viewer.userId,
    });
    const notified = await notifyMeetingCompany(tx, services, {
      event: "cancelled",
      organisationId: company.organisationId,
      planId: locked.planId,
      round: locked,
      slot,
      bookingId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: company.organisationId,
      action: "dialogue.meeting.cancel",
      entityType: "meeting-booking",
      entityId: bookingId,
      summary: { roundId: locked.id, slotId: slot.id, notified },
      requestId,
    });
    return { ok: true };
  });
}
