import { and, eq, inArray } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { notifyEventCompany } from "./event-notify.server.ts";
import { findEvent, lockEvent } from "./event-rows.server.ts";
import { dialogueEvent, dialogueEventRegistration } from "./events-tables.ts";
import { canManageDialogue } from "./policy.ts";
import type { EventChangeResult } from "./publish-event.server.ts";
import { recordDialogueStep } from "./record-step.server.ts";

/**
 * The buyer cancels a draft or published event before it starts. Every registered company (with a seat
 * or waiting) is e-mailed; the registrations stay as they were for the record. A published event's
 * cancellation is recorded for the market.
 */
export async function cancelEvent({
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
    const locked = await lockEvent(tx, eventId);
    if (!locked) throw new AppError("conflict");
    if (locked.state === "cancelled" || locked.startsAt.getTime() <= Date.now())
      return { ok: false, error: "wrongState" };
    const cancelledAt = new Date();
    const [updated] = await tx
      .update(dialogueEvent)
      .set({ state: "cancelled", cancelledAt, updatedAt: cancelledAt, sequence: locked.sequence + 1 })
      .where(eq(dialogueEvent.id, eventId))
      .returning();
    if (!updated) throw new AppError("conflict");
    const registered = await tx
      .select({ id: dialogueEventRegistration.id, organisationId: dialogueEventRegistration.organisationId })
      .from(dialogueEventRegistration)
      .where(
        and(
          eq(dialogueEventRegistration.eventId, eventId),
          inArray(dialogueEventRegistration.status, ["confirmed", "waitlisted"]),
        ),
      );
    let mails = 0;
    for (const registration of registered)
      mails += await notifyEventCompany(tx, services, {
        mail: "eventCancelled",
        event: updated,
        organisationId: registration.organisationId,
        registrationId: registration.id,
      });
    if (locked.state === "published")
      await recordDialogueStep(tx, {
        planId: event.planId,
        kind: "event.cancelled",
        audience: "market",
        subjectId: eventId,
        summary: { registrations: registered.length, mails },
        actorId: viewer.userId,
      });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.event.cancel",
      entityType: "dialogue-event",
      entityId: eventId,
      summary: { planId: event.planId, wasPublished: locked.state === "published", mails },
      requestId,
    });
    return { ok: true };
  });
}
