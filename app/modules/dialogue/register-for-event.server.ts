import { and, eq, sql } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { notifyEventCompany } from "./event-notify.server.ts";
import { findEvent, isRegistrationOpen, lockEvent } from "./event-rows.server.ts";
import { confirmedSeats, hasWaitlist } from "./event-seats.server.ts";
import type { EventRegistrationInput } from "./events-schemas.ts";
import { dialogueEventRegistration } from "./events-tables.ts";
import { canTakePartInDialogue } from "./policy.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type RegisterForEventResult =
  | { ok: true; registrationId: string; status: "confirmed" | "waitlisted" }
  | { ok: false; error: "closed" | "alreadyRegistered" };

type MailServices = Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };

/**
 * The viewer's company registers for a published event before registration closes: one registration per
 * company. It gets a seat when its attendees fit in the free seats and nobody is waiting; otherwise it
 * joins the end of the waitlist. Decided with the event's row locked (FOR NO KEY UPDATE), so any number
 * registering at once fill exactly the capacity, the rest queue in the order they came.
 */
export async function registerForEvent({
  services,
  viewer,
  eventId,
  input,
  requestId,
}: {
  services: MailServices;
  viewer: Viewer | null;
  eventId: string;
  input: EventRegistrationInput;
  requestId?: string;
}): Promise<RegisterForEventResult> {
  const { db } = services.database;
  const event = await findEvent(db, eventId);
  const plan = event && event.state !== "draft" ? await findPlanForDialogue(db, event.planId) : null;
  if (!event || !plan) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  if (!viewer || !company || !canTakePartInDialogue(viewer, plan)) throw new AppError("forbidden");
  return db.transaction(async (tx): Promise<RegisterForEventResult> => {
    const current = await lockPlanForDialogue(tx, event.planId);
    if (!current || !canTakePartInDialogue(viewer, current)) throw new AppError("conflict");
    const locked = await lockEvent(tx, eventId);
    if (!locked || !isRegistrationOpen(locked)) return { ok: false, error: "closed" };
    const [existing] = await tx
      .select()
      .from(dialogueEventRegistration)
      .where(
        and(
          eq(dialogueEventRegistration.eventId, eventId),
          eq(dialogueEventRegistration.organisationId, company.organisationId),
        ),
      );
    if (existing && existing.status !== "cancelled") return { ok: false, error: "alreadyRegistered" };
    const fits =
      !(await hasWaitlist(tx, eventId)) &&
      (await confirmedSeats(tx, eventId)) + input.attendeeCount <= locked.capacity;
    const status = fits ? "confirmed" : "waitlisted";
    const values = {
      status,
      attendees: input.attendees,
      attendeeCount: input.attendeeCount,
      needs: input.needs,
      registeredBy: viewer.userId,
      // The moment the lock was won, not the transaction's start: the queue is in the order decided.
      queuedAt: sql`clock_timestamp()`,
      promotedAt: null,
      cancelledAt: null,
      cancelledBy: null,
    } as const;
    // Registering again after cancelling reuses the company's row and joins the end of the queue.
    const [registration] = existing
      ? await tx
          .update(dialogueEventRegistration)
          .set(values)
          .where(eq(dialogueEventRegistration.id, existing.id))
          .returning({ id: dialogueEventRegistration.id })
      : await tx
          .insert(dialogueEventRegistration)
          .values({ ...values, eventId, organisationId: company.organisationId })
          .returning({ id: dialogueEventRegistration.id });
    if (!registration) throw new AppError("conflict");
    await recordDialogueStep(tx, {
      planId: event.planId,
      kind: "event.registered",
      audience: "company",
      subjectId: eventId,
      organisationId: company.organisationId,
      summary: { status, attendees: input.attendeeCount },
      actorId: viewer.userId,
    });
    const notified = await notifyEventCompany(tx, services, {
      mail: status,
      event: locked,
      organisationId: company.organisationId,
      registrationId: registration.id,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: company.organisationId,
      action: "dialogue.event.register",
      entityType: "dialogue-event-registration",
      entityId: registration.id,
      summary: { eventId, status, attendees: input.attendeeCount, notified },
      requestId,
    });
    return { ok: true, registrationId: registration.id, status };
  });
}
