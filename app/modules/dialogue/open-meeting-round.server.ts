import { count, eq } from "drizzle-orm";
import { formatDate } from "../../i18n/format.ts";
import { getI18n } from "../../i18n/i18n.ts";
import { AppError } from "../../lib/app-error.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { isOpenToCompanies, listInterestedCompanyIds } from "../interest/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { findMeetingRound, lockMeetingRound } from "./meeting-round-rows.server.ts";
import { dialogueMeetingRound, dialogueMeetingSlot } from "./meetings-tables.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { canManageDialogue } from "./policy.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type MeetingRoundChangeResult =
  | { ok: true }
  | { ok: false; error: "planNotPublic" | "wrongState" | "deadlinePassed" };

/**
 * Opens a draft round to every company at the same moment: one state change, so no company can book
 * before another could see it. The plan must be public and open (the level playing field is the
 * market's); recorded for the market in the dialogue record.
 */
export async function openMeetingRound({
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
    if (!isOpenToCompanies(current)) return { ok: false, error: "planNotPublic" };
    const locked = await lockMeetingRound(tx, roundId, "update");
    if (!locked) throw new AppError("conflict");
    if (locked.state !== "draft") return { ok: false, error: "wrongState" };
    if (locked.bookingDeadline.getTime() <= Date.now()) return { ok: false, error: "deadlinePassed" };
    const openedAt = new Date();
    await tx
      .update(dialogueMeetingRound)
      .set({ state: "open", openedAt })
      .where(eq(dialogueMeetingRound.id, roundId));
    const [slots] = await tx
      .select({ value: count() })
      .from(dialogueMeetingSlot)
      .where(eq(dialogueMeetingSlot.roundId, roundId));
    // Every interested company is told at once, in the transaction that opens the round.
    const mails = await notifyCompanyMembers(tx, services, {
      organisationIds: await listInterestedCompanyIds(tx, round.planId),
      planId: round.planId,
      path: `/plans/${round.planId}/meetings/${roundId}`,
      compose: (locale, planTitle) => {
        const { t } = getI18n(locale);
        const values = {
          round: pickText(locked.title, locale),
          plan: planTitle,
          deadline: formatDate(locale, locked.bookingDeadline, true),
        };
        return {
          subject: t("meetings.mail.openedSubject", values),
          message: t("meetings.mail.openedMessage", values),
        };
      },
    });
    await recordDialogueStep(tx, {
      planId: round.planId,
      kind: "meeting-round.opened",
      audience: "market",
      subjectId: roundId,
      summary: {
        slots: Number(slots?.value ?? 0),
        bookingDeadline: locked.bookingDeadline.toISOString(),
        mails,
      },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.meeting-round.open",
      entityType: "meeting-round",
      entityId: roundId,
      summary: { planId: round.planId },
      requestId,
    });
    return { ok: true };
  });
}
