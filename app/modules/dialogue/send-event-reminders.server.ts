import { and, asc, eq, gte, isNull, lte } from "drizzle-orm";
import { z } from "zod";
import type { Services } from "../../services.ts";
import { defineJob, type Jobs } from "../jobs/index.server.ts";
import { notifyEventCompany } from "./event-notify.server.ts";
import { dialogueEvent, dialogueEventRegistration } from "./events-tables.ts";

// The reminder a day before an event: a periodic sweep finds published events starting in 23–25 hours
// that have not been reminded, and e-mails each company with a seat its calendar again. The event's
// reminded_at is set in the same transaction as the e-mails are queued, with the row locked (SKIP LOCKED:
// a second sweep running at once takes other events), so each event is reminded exactly once, whatever
// restarts or overlapping sweeps happen.

export const eventRemindersJob = defineJob({
  name: "dialogue.event-reminders",
  schema: z.object({}),
  queue: { retryLimit: 3, retryDelay: 60 },
});

/** Every quarter of an hour: the 23–25 hour window is wide enough that no event is missed. */
export const eventRemindersCron = "*/15 * * * *";

const hour = 60 * 60 * 1000;

type ReminderServices = Pick<Services, "database" | "mailSettings" | "publicUrl"> & {
  jobs?: Services["jobs"];
};

/** Sends the reminders due at `now`; returns how many events were reminded and how many e-mails queued. */
export async function sendEventReminders({
  services,
  now = new Date(),
}: {
  services: ReminderServices;
  now?: Date;
}): Promise<{ events: number; mails: number }> {
  const { db } = services.database;
  const due = await db
    .select({ id: dialogueEvent.id })
    .from(dialogueEvent)
    .where(
      and(
        eq(dialogueEvent.state, "published"),
        isNull(dialogueEvent.remindedAt),
        gte(dialogueEvent.startsAt, new Date(now.getTime() + 23 * hour)),
        lte(dialogueEvent.startsAt, new Date(now.getTime() + 25 * hour)),
      ),
    )
    .orderBy(asc(dialogueEvent.startsAt));
  let events = 0;
  let mails = 0;
  for (const { id } of due) {
    mails += await db.transaction(async (tx) => {
      const [event] = await tx
        .select()
        .from(dialogueEvent)
        .where(
          and(
            eq(dialogueEvent.id, id),
            eq(dialogueEvent.state, "published"),
            isNull(dialogueEvent.remindedAt),
          ),
        )
        .for("no key update", { skipLocked: true });
      if (!event) return 0;
      await tx.update(dialogueEvent).set({ remindedAt: now }).where(eq(dialogueEvent.id, id));
      const confirmed = await tx
        .select({
          id: dialogueEventRegistration.id,
          organisationId: dialogueEventRegistration.organisationId,
        })
        .from(dialogueEventRegistration)
        .where(
          and(eq(dialogueEventRegistration.eventId, id), eq(dialogueEventRegistration.status, "confirmed")),
        );
      let sent = 0;
      for (const registration of confirmed)
        sent += await notifyEventCompany(tx, services, {
          mail: "reminder",
          event,
          organisationId: registration.organisationId,
          registrationId: registration.id,
        });
      events += 1;
      return sent;
    });
  }
  return { events, mails };
}

/** Registers the reminder sweep on its schedule. Call once at start-up, after startJobs. */
export async function registerEventJobs({
  jobs,
  services,
}: {
  jobs: Jobs;
  services: Omit<ReminderServices, "jobs">;
}): Promise<void> {
  await jobs.register(eventRemindersJob, async () => {
    await sendEventReminders({ services: { ...services, jobs } });
  });
  await jobs.boss.schedule(eventRemindersJob.name, eventRemindersCron, {});
}
