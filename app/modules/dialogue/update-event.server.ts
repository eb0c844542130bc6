import { and, eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { notifyEventCompany } from "./event-notify.server.ts";
import { findEvent, lockEvent } from "./event-rows.server.ts";
import { confirmedSeats, promoteFromWaitlist } from "./event-seats.server.ts";
import type { EventInput } from "./events-schemas.ts";
import { dialogueEvent, dialogueEventRegistration } from "./events-tables.ts";
import { canManageDialogue } from "./policy.ts";

export type UpdateEventResult =
  | { ok: true; promoted: number }
  | { ok: false; error: "cancelled" | "capacityBelowConfirmed" | "alreadyHeld" };

type MailServices = Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };

/**
 * The buyer edits a draft or published event before it starts. Capacity cannot fall below the seats
 * already confirmed; more capacity promotes from the waitlist at once. Companies with a seat at a
 * published event are e-mailed the changed calendar (its SEQUENCE raised).
 */
export async function updateEvent({
  services,
  viewer,
  eventId,
  input,
  requestId,
}: {
  services: MailServices;
  viewer: Viewer | null;
  eventId: string;
  input: EventInput;
  requestId?: string;
}): Promise<UpdateEventResult> {
  const { db } = services.database;
  const event = await findEvent(db, eventId);
  const plan = event ? await findPlanForDialogue(db, event.planId) : null;
  if (!event || !plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return db.transaction(async (tx): Promise<UpdateEventResult> => {
    const current = await lockPlanForDialogue(tx, event.planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    const locked = await lockEvent(tx, eventId);
    if (!locked) throw new AppError("conflict");
    if (locked.state === "cancelled") return { ok: false, error: "cancelled" };
    if (locked.state === "published" && locked.startsAt.getTime() <= Date.now())
      return { ok: false, error: "alreadyHeld" };
    if (input.capacity < (await confirmedSeats(tx, eventId)))
      return { ok: false, error: "capacityBelowConfirmed" };
    const isPublished = locked.state === "published";
    const [updated] = await tx
      .update(dialogueEvent)
      .set({
        ...input,
        updatedAt: new Date(),
        sequence: isPublished ? locked.sequence + 1 : locked.sequence,
        // A new start time earns a new reminder.
        ...(input.startsAt.getTime() !== locked.startsAt.getTime() ? { remindedAt: null } : {}),
      })
      .where(eq(dialogueEvent.id, eventId))
      .returning();
    if (!updated) throw new AppError("conflict");
    const promoted = await promoteFromWaitlist(tx, services, updated, viewer.userId);
    let notified = 0;
    if (isPublished) {
      const registered = await tx
        .select({
          id: dialogueEventRegistration.id,
          organisationId: dialogueEventRegistration.organisationId,
        })
        .from(dialogueEventRegistration)
        .where(
          and(
            eq(dialogueEventRegistration.eventId, eventId),
            eq(dialogueEventRegistration.status, "confirmed"),
          ),
        );
      for (const registration of registered)
        if (!promoted.includes(registration.id))
          notified += await notifyEventCompany(tx, services, {
            mail: "changed",
            event: updated,
            organisationId: registration.organisationId,
            registrationId: registration.id,
          });
    }
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.event.update",
      entityType: "dialogue-event",
      entityId: eventId,
      summary: { planId: event.planId, capacity: input.capacity, promoted: promoted.length, notified },
      requestId,
    });
    return { ok: true, promoted: promoted.length };
  });
}
