import { eq } from "drizzle-orm";
import { formatDate } from "../../i18n/format.ts";
import { getI18n } from "../../i18n/i18n.ts";
import { AppError } from "../../lib/app-error.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { isOpenToCompanies, listInterestedCompanyIds } from "../interest/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { eventPath } from "./event-notify.server.ts";
import { findEvent, lockEvent } from "./event-rows.server.ts";
import { dialogueEvent } from "./events-tables.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { canManageDialogue } from "./policy.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type EventChangeResult =
  | { ok: true }
  | { ok: false; error: "planNotPublic" | "wrongState" | "registrationClosed" | "notHeldYet" };

/**
 * Publishes a draft event to every company at the same moment: the plan must be public and open, and
 * registration still ahead. Every interested company is e-mailed in the same transaction; recorded for
 * the market in the level-playing-field record.
 */
export async function publishEvent({
  services,
  viewer,
  eventId,
  requestId,
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  eventId: string;
  requestId?: string;
}): Promise<EventChangeResult> {
  const { db } = services.database;
  const event = await findEvent(db, eventId);
  const plan = event ? await findPlanForDialogue(db, event.planId) : null;
  if (!event || !plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return db.transaction(async (tx): Promise<EventChangeResult> => {
    const current = await lockPlanForDialogue(tx, event.planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    if (!isOpenToCompanies(current)) return { ok: false, error: "planNotPublic" };
    const locked = await lockEvent(tx, eventId);
    if (!locked) throw new AppError("conflict");
    if (locked.state !== "draft") return { ok: false, error: "wrongState" };
    if (locked.registrationClosesAt.getTime() <= Date.now())
      return { ok: false, error: "registrationClosed" };
    const publishedAt = new Date();
    await tx
      .update(dialogueEvent)
      .set({ state: "published", publishedAt, updatedAt: publishedAt })
      .where(eq(dialogueEvent.id, eventId));
    const mails = await notifyCompanyMembers(tx, services, {
      organisationIds: await listInterestedCompanyIds(tx, event.planId),
      planId: event.planId,
      path: eventPath(event),
      compose: (locale, planTitle) => {
        const { t } = getI18n(locale);
        const values = {
          event: pickText(locked.title, locale),
          plan: planTitle,
          time: formatDate(locale, locked.startsAt, true),
          deadline: formatDate(locale, locked.registrationClosesAt, true),
        };
        return {
          subject: t("events.mail.publishedSubject", values),
          message: t("events.mail.publishedMessage", values),
        };
      },
    });
    await recordDialogueStep(tx, {
      planId: event.planId,
      kind: "event.published",
      audience: "market",
      subjectId: eventId,
      summary: {
        kind: locked.kind,
        format: locked.format,
        startsAt: locked.startsAt.toISOString(),
        capacity: locked.capacity,
        mails,
      },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.event.publish",
      entityType: "dialogue-event",
      entityId: eventId,
      summary: { planId: event.planId, mails },
      requestId,
    });
    return { ok: true };
  });
}
