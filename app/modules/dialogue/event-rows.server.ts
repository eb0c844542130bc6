import { eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { dialogueEvent, type dialogueEventRegistration } from "./events-tables.ts";

// Reading an event or a registration for the event commands: first without a lock (to check the viewer
// may act at all), then inside the transaction with the event's row locked (ADR 022).

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export type EventRow = typeof dialogueEvent.$inferSelect;
export type EventRegistrationRow = typeof dialogueEventRegistration.$inferSelect;

/** The event, or null for an unknown or malformed id. */
export async function findEvent(db: DbOrTx, eventId: string): Promise<EventRow | null> {
  if (!isUuid(eventId)) return null;
  const [event] = await db.select().from(dialogueEvent).where(eq(dialogueEvent.id, eventId));
  return event ?? null;
}

/**
 * The event read again inside a transaction with its row locked for update until the transaction ends.
 * Every command that decides on seats (register, cancel, promote, change capacity) takes this lock, so
 * they run one after another per event and the capacity and the waitlist's order always hold.
 */
export async function lockEvent(tx: Tx, eventId: string): Promise<EventRow | null> {
  const [event] = await tx
    .select()
    .from(dialogueEvent)
    .where(eq(dialogueEvent.id, eventId))
    .for("no key update");
  return event ?? null;
}

/** Whether companies may register now: published, and registration not closed. */
export function isRegistrationOpen(
  event: Pick<EventRow, "state" | "registrationClosesAt">,
  now = new Date(),
): boolean {
  return event.state === "published" && now.getTime() <= event.registrationClosesAt.getTime();
}

/** Whether a company may still cancel: published and not started. */
export function isCancellable(event: Pick<EventRow, "state" | "startsAt">, now = new Date()): boolean {
  return event.state === "published" && now.getTime() < event.startsAt.getTime();
}
