import { and, count, eq, isNull } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { inviteNonParticipantsToSurvey } from "./invite-to-survey.server.ts";
import { findMeetingRound, lockMeetingRound } from "./meeting-round-rows.server.ts";
import { dialogueMeetingBooking, dialogueMeetingRound } from "./meetings-tables.ts";
import type { MeetingRoundChangeResult } from "./open-meeting-round.server.ts";
import { canManageDialogue } from "./policy.ts";
import { recordDialogueStep } from "./record-step.server.ts";

/**
 * Closes an open round: no more bookings or cancellations, whatever the deadline says. Waits for the
 * bookings in progress (they hold the round's row in share mode). Recorded for the market with the
 * number of meetings held, never which companies; the companies that followed the plan and did not
 * book are invited to the "why didn't you take part?" survey.
 */
export async function closeMeetingRound({
  services,
  viewer,
  roundId,
  requestId,
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  roundId: string;
  requestId?: string;
}): Promise<MeetingRoundChangeResult> {
  const { db } = services.database;
  const round = await findMeetingRound(db, roundId);
  const plan = round ? await findPlanForDialogue(db, round.planId) : null;
  if (!round || !plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return db.transaction(async (tx): Promise<MeetingRoundChangeResult> => {
    const current = await lockPlanForDialogue(tx, round.planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    const locked = await lockMeetingRound(tx, roundId, "update");
    if (!locked) throw new AppError("conflict");
    if (locked.state !== "open") return { ok: false, error: "wrongState" };
    await tx
      .update(dialogueMeetingRound)
      .set({ state: "closed", closedAt: new Date() })
      .where(eq(dialogueMeetingRound.id, roundId));
    const [meetings] = await tx
      .select({ value: count() })
      .from(dialogueMeetingBooking)
      .where(and(eq(dialogueMeetingBooking.roundId, roundId), isNull(dialogueMeetingBooking.cancelledAt)));
    await recordDialogueStep(tx, {
      planId: round.planId,
      kind: "meeting-round.closed",
      audience: "market",
      subjectId: roundId,
      summary: { meetings: Number(meetings?.value ?? 0) },
      actorId: viewer.userId,
    });
    // The companies that followed the plan but did not book are asked why (issue 13 point 7).
    await inviteNonParticipantsToSurvey({
      tx,
      services,
      planId: round.planId,
      subjectId: roundId,
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.meeting-round.close",
      entityType: "meeting-round",
      entityId: roundId,
      summary: { planId: round.planId, meetings: Number(meetings?.value ?? 0) },
      requestId,
    });
    return { ok: true };
  });
}
