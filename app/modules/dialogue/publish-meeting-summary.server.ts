import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { isOpenToCompanies } from "../interest/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { findMeetingRound, lockMeetingRound } from "./meeting-round-rows.server.ts";
import { dialogueMeetingRound } from "./meetings-tables.ts";
import type { MeetingRoundChangeResult } from "./open-meeting-round.server.ts";
import { canManageDialogue } from "./policy.ts";
import { recordDialogueStep } from "./record-step.server.ts";

/**
 * Publishes the general summary of a closed round to everyone (the plan's meetings page); a later
 * publication replaces it and is recorded again. The plan must still be public.
 */
export async function publishMeetingSummary({
  services,
  viewer,
  roundId,
  summary,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  roundId: string;
  summary: TextByLanguage;
  requestId?: string;
}): Promise<MeetingRoundChangeResult> {
  const { db } = services.database;
  const round = await findMeetingRound(db, roundId);
  const plan = round ? await findPlanForDialogue(db, round.planId) : null;
  if (!round || !plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return db.transaction(async (tx): Promise<MeetingRoundChangeResult> => {
    const current = await lockPlanForDialogue(tx, round.planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    if (!isOpenToCompanies(current)) return { ok: false, error: "planNotPublic" };
    const locked = await lockMeetingRound(tx, roundId, "update");
    if (!locked) throw new AppError("conflict");
    if (locked.state !== "closed") return { ok: false, error: "wrongState" };
    const publishedAt = new Date();
    await tx
      .update(dialogueMeetingRound)
      .set({ summary, summaryPublishedAt: publishedAt })
      .where(eq(dialogueMeetingRound.id, roundId));
    await recordDialogueStep(tx, {
      planId: round.planId,
      kind: "meeting-round.summary-published",
      audience: "public",
      subjectId: roundId,
      summary: { languages: Object.keys(summary), republished: locked.summaryPublishedAt !== null },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.meeting-round.publish-summary",
      entityType: "meeting-round",
      entityId: roundId,
      summary: { planId: round.planId },
      requestId,
    });
    return { ok: true };
  });
}
