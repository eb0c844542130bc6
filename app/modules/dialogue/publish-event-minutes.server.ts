import { eq } from "drizzle-orm";
import { getI18n } from "../../i18n/i18n.ts";
import { AppError } from "../../lib/app-error.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { listInterestedCompanyIds } from "../interest/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { notifyWatchersOfDialogue } from "../watches/index.server.ts";
import { eventPath } from "./event-notify.server.ts";
import { findEvent, lockEvent } from "./event-rows.server.ts";
import type { EventMinutesInput } from "./events-schemas.ts";
import { dialogueEvent, dialogueEventRegistration } from "./events-tables.ts";
import { inviteNonParticipantsToSurvey } from "./invite-to-survey.server.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { canManageDialogue } from "./policy.ts";
import type { EventChangeResult } from "./publish-event.server.ts";
import { recordDialogueStep } from "./record-step.server.ts";

/**
 * After a published event has started, the buyer publishes its minutes and materials to everyone: the
 * event's page shows them, and every interested company and every company that registered (attended,
 * waited or cancelled) is e-mailed, not only the attendees (Procurement Act 65–66 §). Publishing again
 * replaces the text and tells them again. Recorded as a public step.
 */
export async function publishEventMinutes({
  services,
  viewer,
  eventId,
  input,
  requestId,
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  eventId: string;
  input: EventMinutesInput;
  requestId?: string;
}): Promise<EventChangeResult> {
  const { db } = services.database;
  const event = await findEvent(db, eventId);
  const plan = event ? await findPlanForDialogue(db, event.planId) : null;
  if (!event || !plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return db.transaction(async (tx): Promise<EventChangeResult> => {
    const current = await lockPlanForDialogue(tx, event.planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    const locked = await lockEvent(tx, eventId);
    if (!locked) throw new AppError("conflict");
    if (locked.state !== "published") return { ok: false, error: "wrongState" };
    if (locked.startsAt.getTime() > Date.now()) return { ok: false, error: "notHeldYet" };
    const publishedAt = new Date();
    await tx
      .update(dialogueEvent)
      .set({
        minutes: input.minutes,
        materials: input.materials,
        minutesPublishedAt: publishedAt,
        updatedAt: publishedAt,
      })
      .where(eq(dialogueEvent.id, eventId));
    const interested = await listInterestedCompanyIds(tx, event.planId);
    const registered = await tx
      .select({ organisationId: dialogueEventRegistration.organisationId })
      .from(dialogueEventRegistration)
      .where(eq(dialogueEventRegistration.eventId, eventId));
    // Watchers are told as their watches say (instant, digest or in the app); nobody is e-mailed twice.
    const watchers = await notifyWatchersOfDialogue(tx, {
      planId: event.planId,
      event: "dialogue-published",
      subjectId: eventId,
    });
    const mails = await notifyCompanyMembers(tx, services, {
      organisationIds: [...interested, ...registered.map((row) => row.organisationId)],
      except: watchers,
      planId: event.planId,
      path: `${eventPath(event)}#event-minutes`,
      compose: (locale, planTitle) => {
        const { t } = getI18n(locale);
        const values = { event: pickText(locked.title, locale), plan: planTitle };
        return {
          subject: t("events.mail.minutesSubject", values),
          message: t("events.mail.minutesMessage", values),
        };
      },
    });
    await recordDialogueStep(tx, {
      planId: event.planId,
      kind: "event.minutes-published",
      audience: "public",
      subjectId: eventId,
      summary: {
        companies: new Set([...interested, ...registered.map((row) => row.organisationId)]).size,
        mails,
        watchers: watchers.length,
        republished: locked.minutesPublishedAt !== null,
      },
      actorId: viewer.userId,
    });
    // The event is over: the companies that followed the plan but did not register are asked why
    // (issue 13 point 7; once per company, however often the minutes are published).
    await inviteNonParticipantsToSurvey({
      tx,
      services,
      planId: event.planId,
      subjectId: eventId,
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.event.publish-minutes",
      entityType: "dialogue-event",
      entityId: eventId,
      summary: { planId: event.planId, mails },
      requestId,
    });
    return { ok: true };
  });
}
