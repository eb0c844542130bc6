import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/types.ts";
import type { Services } from "../../services.ts";
import { notifyEventCompany } from "./event-notify.server.ts";
import type { EventRow } from "./event-rows.server.ts";
import { dialogueEventRegistration } from "./events-tables.ts";
import { recordDialogueStep } from "./record-step.server.ts";

// Seats and the waitlist of one event. Called only with the event's row locked (lockEvent), so what these
// read is still true when the caller writes.

/** Seats taken by confirmed registrations. */
export async function confirmedSeats(tx: Tx, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ seats: sql<number>`coalesce(sum(${dialogueEventRegistration.attendeeCount}), 0)::int` })
    .from(dialogueEventRegistration)
    .where(
      and(eq(dialogueEventRegistration.eventId, eventId), eq(dialogueEventRegistration.status, "confirmed")),
    );
  return Number(row?.seats ?? 0);
}

/** Whether anyone waits: a newcomer then queues behind them even when a seat is free. */
export async function hasWaitlist(tx: Tx, eventId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: dialogueEventRegistration.id })
    .from(dialogueEventRegistration)
    .where(
      and(eq(dialogueEventRegistration.eventId, eventId), eq(dialogueEventRegistration.status, "waitlisted")),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Promotes from the head of the waitlist, in order of registration, while the first in the queue fits
 * in the free seats (nobody jumps the queue with a smaller group); each promoted company is e-mailed its
 * calendar invitation and the step recorded. Returns the promoted registrations' ids.
 */
export async function promoteFromWaitlist(
  tx: Tx,
  services: Pick<Services, "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] },
  event: EventRow,
  actorId: string | null,
): Promise<string[]> {
  if (event.state !== "published") return [];
  let free = event.capacity - (await confirmedSeats(tx, event.id));
  const queue = await tx
    .select()
    .from(dialogueEventRegistration)
    .where(
      and(
        eq(dialogueEventRegistration.eventId, event.id),
        eq(dialogueEventRegistration.status, "waitlisted"),
      ),
    )
    .orderBy(asc(dialogueEventRegistration.queuedAt), asc(dialogueEventRegistration.id));
  const promoted: string[] = [];
  for (const registration of queue) {
    if (registration.attendeeCount > free) break;
    free -= registration.attendeeCount;
    await tx
      .update(dialogueEventRegistration)
      .set({ status: "confirmed", promotedAt: new Date() })
      .where(eq(dialogueEventRegistration.id, registration.id));
    await recordDialogueStep(tx, {
      planId: event.planId,
      kind: "event.promoted",
      audience: "company",
      subjectId: event.id,
      organisationId: registration.organisationId,
      summary: { attendees: registration.attendeeCount },
      actorId,
    });
    await notifyEventCompany(tx, services, {
      mail: "promoted",
      event,
      organisationId: registration.organisationId,
      registrationId: registration.id,
    });
    promoted.push(registration.id);
  }
  return promoted;
}
