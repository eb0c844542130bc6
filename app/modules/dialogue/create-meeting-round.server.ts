import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import type { MeetingRoundInput } from "./meetings-schemas.ts";
import { maxSlotsPerRound } from "./meetings-schemas.ts";
import { dialogueMeetingRound, dialogueMeetingSlot } from "./meetings-tables.ts";
import { canManageDialogue } from "./policy.ts";

export type CreateMeetingRoundResult =
  | { ok: true; roundId: string }
  | { ok: false; errors: Record<string, string> };

/**
 * The plan's buyer offers a round of equal one-to-one meetings, as a draft: companies see it only once
 * it is opened (openMeetingRound). The slots are `slotMinutes` long from each of `starts`; they may not
 * overlap. Audited; no dialogue step yet (nobody outside the buyer sees a draft).
 */
export async function createMeetingRound({
  services,
  viewer,
  planId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  input: MeetingRoundInput;
  requestId?: string;
}): Promise<CreateMeetingRoundResult> {
  const { db } = services.database;
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  const starts = [...input.starts].sort((a, b) => a.getTime() - b.getTime());
  if (starts.length === 0 || starts.length > maxSlotsPerRound)
    return { ok: false, errors: { slotCount: "validation.invalid" } };
  const length = input.slotMinutes * 60_000;
  for (let i = 1; i < starts.length; i += 1) {
    if ((starts[i]?.getTime() ?? 0) < (starts[i - 1]?.getTime() ?? 0) + length)
      return { ok: false, errors: { firstStart: "meetings.errors.slotsOverlap" } };
  }
  if (input.bookingDeadline.getTime() > (starts[0]?.getTime() ?? 0))
    return { ok: false, errors: { bookingDeadline: "meetings.errors.deadlineAfterStart" } };
  if (input.bookingDeadline.getTime() <= Date.now())
    return { ok: false, errors: { bookingDeadline: "meetings.errors.deadlinePast" } };
  return db.transaction(async (tx): Promise<CreateMeetingRoundResult> => {
    const current = await lockPlanForDialogue(tx, planId);
    if (!current || !canManageDialogue(viewer, current) || current.archivedAt) throw new AppError("conflict");
    const [round] = await tx
      .insert(dialogueMeetingRound)
      .values({
        planId,
        title: input.title,
        agenda: input.agenda,
        place: input.place,
        onlineUrl: input.onlineUrl,
        slotMinutes: input.slotMinutes,
        bookingDeadline: input.bookingDeadline,
        createdBy: viewer.userId,
      })
      .returning({ id: dialogueMeetingRound.id });
    if (!round) throw new Error("The meeting round insert returned no row");
    await tx.insert(dialogueMeetingSlot).values(
      starts.map((start) => ({
        roundId: round.id,
        startsAt: start,
        endsAt: new Date(start.getTime() + length),
      })),
    );
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.meeting-round.create",
      entityType: "meeting-round",
      entityId: round.id,
      summary: { planId, slots: starts.length, slotMinutes: input.slotMinutes },
      requestId,
    });
    return { ok: true, roundId: round.id };
  });
}
