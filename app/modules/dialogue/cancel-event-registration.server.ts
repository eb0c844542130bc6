import { and, eq, inArray } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { lockPlanForDialogue } from "../plans/index.server.ts";
import { notifyEventCompany } from "./event-notify.server.ts";
import { findEvent, isCancellable, lockEvent } from "./event-rows.server.ts";
import { promoteFromWaitlist } from "./event-seats.server.ts";
import { dialogueEventRegistration } from "./events-tables.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type CancelEventRegistrationResult =
  | { ok: true; promoted: number }
  | { ok: false; error: "closed" | "notRegistered" };

type MailServices = Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };

/**
 * The company cancels its registration (a seat or a place in the queue) before the event starts. A freed
 * seat goes at once to the first on the waitlist, who is e-mailed the invitation; all under the event's
 * row lock, so two cancellations at once promote two companies, never the same one twice.
 */
export async function cancelEventRegistration({
  services,
  viewer,
  eventId,
  requestId,
}: {
  services: MailServices;
  viewer: Viewer | null;
  eventId: string;
  requestId?: string;
}): Promise<CancelEventRegistrationResult> {
  const { db } = services.database;
  const event = await findEvent(db, eventId);
  const company = actingCompanyOf(viewer);
  if (!event || event.state === "draft" || !viewer || !company) throw new AppError("not_found");
  return db.transaction(async (tx): Promise<CancelEventRegistrationResult> => {
    // A company may cancel even when the plan is no longer public: its state is not checked here.
    if (!(await lockPlanForDialogue(tx, event.planId))) throw new AppError("conflict");
    const locked = await lockEvent(tx, eventId);
    if (!locked) throw new AppError("conflict");
    if (!isCancellable(locked)) return { ok: false, error: "closed" };
    const [cancelled] = await tx
      .update(dialogueEventRegistration)
      .set({ status: "cancelled", cancelledAt: new Date(), cancelledBy: viewer.userId })
      .where(
        and(
          eq(dialogueEventRegistration.eventId, eventId),
          eq(dialogueEventRegistration.organisationId, company.organisationId),
          inArray(dialogueEventRegistration.status, ["confirmed", "waitlisted"]),
        ),
      )
      .returning({
        id: dialogueEventRegistration.id,
        attendeeCount: dialogueEventRegistration.attendeeCount,
      });
    if (!cancelled) return { ok: false, error: "notRegistered" };
    await recordDialogueStep(tx, {
      planId: locked.planId,
      kind: "event.cancelled-registration",
      audience: "company",
      subjectId: eventId,
      organisationId: company.organisationId,
      summary: { attendees: cancelled.attendeeCount },
      actorId: viewer.userId,
    });
    const notified = await notifyEventCompany(tx, services, {
      mail: "cancelled",
      event: locked,
      organisationId: company.organisationId,
      registrationId: cancelled.id,
    });
    const promoted = await promoteFromWaitlist(tx, services, locked, viewer.userId);
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: company.organisationId,
      action: "dialogue.event.cancel-registration",
      entityType: "dialogue-event-registration",
      entityId: cancelled.id,
      summary: { eventId, notified, promoted },
      requestId,
    });
    return { ok: true, promoted: promoted.length };
  });
}
