import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { cancelEventRegistration } from "./cancel-event-registration.server.ts";
import { eventRegistrationSchema } from "./events-schemas.ts";
import { dialogueEventRegistration } from "./events-tables.ts";
import { createTestEvent } from "./events-test-fixtures.ts";
import { createCompanies } from "./meetings-test-fixtures.ts";
import { type RegisterForEventResult, registerForEvent } from "./register-for-event.server.ts";

// Issue 13 point 2's capacity under load: 30 companies registering at once for 10 seats yield exactly 10
// confirmed and 20 waitlisted in the order they were queued; cancellations at once promote exactly one
// each, never the same company twice. On PostgreSQL the calls run side by side on a pool of 30
// connections and the event's row lock decides; PGlite runs them one after another (CI runs both).

let world: CompanyWorld;
let companies: Viewer[];

beforeAll(async () => {
  world = await createCompanyWorld({ poolSize: 30 });
  companies = await createCompanies(world, 30, "event-race");
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

async function race<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const thrown = settled.filter((result) => result.status === "rejected");
  expect(thrown.map((result) => String((result as PromiseRejectedResult).reason))).toEqual([]);
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

const registrationsOf = (eventId: string) =>
  world.database.db
    .select({
      organisationId: dialogueEventRegistration.organisationId,
      status: dialogueEventRegistration.status,
      queuedAt: dialogueEventRegistration.queuedAt,
    })
    .from(dialogueEventRegistration)
    .where(eq(dialogueEventRegistration.eventId, eventId))
    .orderBy(asc(dialogueEventRegistration.queuedAt), asc(dialogueEventRegistration.id));

const input = eventRegistrationSchema.parse({ attendeeCount: "1", attendees: "", needs: "" });

describe("thirty companies registering for ten seats at once", () => {
  it("yield exactly ten confirmed and twenty waitlisted, and each cancellation promotes exactly one", async () => {
    for (let repeat = 0; repeat < 3; repeat += 1) {
      const eventId = await createTestEvent(world, { capacity: 10 });
      const results = await race(
        companies.map(
          (viewer) => () => registerForEvent({ services: world.services, viewer, eventId, input }),
        ),
      );
      const statuses = (results as RegisterForEventResult[]).map((result) =>
        result.ok ? result.status : result.error,
      );
      expect(statuses.filter((status) => status === "confirmed")).toHaveLength(10);
      expect(statuses.filter((status) => status === "waitlisted")).toHaveLength(20);
      const rows = await registrationsOf(eventId);
      expect(rows.filter((row) => row.status === "confirmed")).toHaveLength(10);
      // Queue order: every confirmed company registered before every waitlisted one.
      const lastConfirmed = Math.max(
        ...rows.filter((row) => row.status === "confirmed").map((row) => row.queuedAt.getTime()),
      );
      const firstWaiting = Math.min(
        ...rows.filter((row) => row.status === "waitlisted").map((row) => row.queuedAt.getTime()),
      );
      expect(lastConfirmed).toBeLessThanOrEqual(firstWaiting);

      // Five confirmed companies cancel at once: the first five in the queue take their seats.
      const queue = rows.filter((row) => row.status === "waitlisted").map((row) => row.organisationId);
      const leaving = rows.filter((row) => row.status === "confirmed").slice(0, 5);
      const cancelled = await race(
        leaving.map((row) => () => {
          const viewer = companies.find((company) => company.activeOrganisationId === row.organisationId);
          return cancelEventRegistration({ services: world.services, viewer: viewer ?? null, eventId });
        }),
      );
      expect(cancelled).toEqual(Array.from({ length: 5 }, () => ({ ok: true, promoted: 1 })));
      const after = await registrationsOf(eventId);
      const confirmed = after.filter((row) => row.status === "confirmed").map((row) => row.organisationId);
      expect(confirmed).toHaveLength(10);
      expect(new Set(confirmed).size).toBe(10);
      expect(confirmed).toEqual(expect.arrayContaining(queue.slice(0, 5)));
      const stillWaiting = after
        .filter((row) => row.status === "waitlisted")
        .map((row) => row.organisationId);
      expect(stillWaiting).toEqual(queue.slice(5));
      expect(
        await world.database.db
          .select()
          .from(dialogueEventRegistration)
          .where(
            and(
              eq(dialogueEventRegistration.eventId, eventId),
              eq(dialogueEventRegistration.status, "cancelled"),
            ),
          ),
      ).toHaveLength(5);
    }
  }, 120_000);
});
