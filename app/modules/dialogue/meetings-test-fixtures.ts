import { randomUUID } from "node:crypto";
import type { CompanyWorld } from "../../test/company-fixtures.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/tables.ts";
import { organisationsMember, organisationsOrganisation } from "../organisations/tables.ts";
import { createMeetingRound } from "./create-meeting-round.server.ts";
import { meetingRoundFormSchema } from "./meetings-schemas.ts";
import { openMeetingRound } from "./open-meeting-round.server.ts";

// Test helpers for the meeting tests: a round offered on a plan, and any number of companies.

/** A wall-clock value days ahead, for the form's datetime-local fields. */
export function daysAhead(days: number, time = "10:00"): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return `${date.toISOString().slice(0, 10)}T${time}`;
}

/** Creates a round of `slotCount` 30-minute slots ten days ahead through the real command. */
export async function createRound(
  world: CompanyWorld,
  { slotCount = 3, open = true, planId = world.plans.open } = {},
): Promise<string> {
  const created = await createMeetingRound({
    services: world.services,
    viewer: world.viewers.buyer,
    planId,
    input: meetingRoundFormSchema.parse({
      title: { fi: "Markkinakeskustelut siivouksesta" },
      agenda: { fi: "1. Esittely\n2. Kysymykset hinnoittelusta" },
      place: "Espoon kaupungintalo, Asemakuja 2",
      onlineUrl: "https://meet.example/espoo-siivous",
      firstStart: daysAhead(10),
      slotMinutes: "30",
      breakMinutes: "10",
      slotCount: String(slotCount),
      bookingDeadline: daysAhead(8, "16:00"),
    }),
  });
  if (!created.ok) throw new Error(`round refused: ${JSON.stringify(created.errors)}`);
  if (open) {
    const opened = await openMeetingRound({
      services: world.services,
      viewer: world.viewers.buyer,
      roundId: created.roundId,
    });
    if (!opened.ok) throw new Error(`round not opened: ${opened.error}`);
  }
  return created.roundId;
}

/** `count` companies, each with one representative (a real user row); returns their viewers. */
export async function createCompanies(world: CompanyWorld, count: number, prefix: string): Promise<Viewer[]> {
  const viewers: Viewer[] = [];
  for (let index = 0; index < count; index += 1) {
    const organisationId = randomUUID();
    const userId = `user-${prefix}-${index}`;
    const name = `Yritys ${prefix} ${index} Oy`;
    await world.database.db
      .insert(organisationsOrganisation)
      .values({ id: organisationId, slug: `${prefix}-${index}`, name, kind: "company" });
    await world.database.db.insert(accountsUser).values({
      id: userId,
      name: `Edustaja ${index}`,
      email: `${prefix}-${index}@yritys.example`,
      emailVerified: true,
      locale: "fi",
    });
    await world.database.db
      .insert(organisationsMember)
      .values({ id: randomUUID(), organizationId: organisationId, userId, role: "company-admin" });
    viewers.push({
      userId,
      name: `Edustaja ${index}`,
      email: `${prefix}-${index}@yritys.example`,
      locale: "fi",
      isPlatformAdmin: false,
      memberships: [{ organisationId, name, kind: "company", role: "company-admin" }],
      activeOrganisationId: organisationId,
    });
  }
  return viewers;
}
