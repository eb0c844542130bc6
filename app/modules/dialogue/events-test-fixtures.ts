import type { CompanyWorld } from "../../test/company-fixtures.ts";
import { createEvent } from "./create-event.server.ts";
import { eventFormSchema } from "./events-schemas.ts";
import { daysAhead } from "./meetings-test-fixtures.ts";
import { publishEvent } from "./publish-event.server.ts";

// Test helpers for the event tests: an event on a plan through the real commands.

/** The form of an event ten days ahead, as the buyer's page posts it. */
export function eventForm(overrides: Record<string, unknown> = {}) {
  return {
    kind: "info-session",
    format: "hybrid",
    title: { fi: "Siivouksen markkinainfo" },
    agenda: { fi: "1. Hankinnan tausta\n2. Kysymykset" },
    address: "Espoon kaupungintalo, Asemakuja 2",
    onlineUrl: "https://meet.example/espoo-info-secret",
    startsAt: daysAhead(10, "13:00"),
    endsAt: daysAhead(10, "15:00"),
    language: "fi",
    capacity: "10",
    registrationClosesAt: daysAhead(9, "16:00"),
    ...overrides,
  };
}

/** Creates (and by default publishes) an event with `capacity` seats. */
export async function createTestEvent(
  world: CompanyWorld,
  { capacity = 10, publish = true, planId = world.plans.open, form = {} as Record<string, unknown> } = {},
): Promise<string> {
  const created = await createEvent({
    services: world.services,
    viewer: world.viewers.buyer,
    planId,
    input: eventFormSchema.parse(eventForm({ capacity: String(capacity), ...form })),
  });
  if (publish) {
    const published = await publishEvent({
      services: world.services,
      viewer: world.viewers.buyer,
      eventId: created.eventId,
    });
    if (!published.ok) throw new Error(`event not published: ${published.error}`);
  }
  return created.eventId;
}
