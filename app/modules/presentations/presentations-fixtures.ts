import { randomUUID } from "node:crypto";
import type { Services } from "../../services.ts";
import type { TestDatabase } from "../../test/test-database.ts";
import { accountsUser } from "../accounts/tables.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import type { OrganisationKind, OrganisationRole } from "../organisations/roles.ts";
import { organisationsMember, organisationsOrganisation } from "../organisations/tables.ts";

// The organisations and people the presentations tests use: two companies, two municipalities and an
// advisory organisation, with members in each role (their e-mail languages differ on purpose).

export const ids = {
  kirkas: randomUUID(),
  ruoka: randomUUID(),
  espoo: randomUUID(),
  porvoo: randomUUID(),
  advisory: randomUUID(),
};
type Key = keyof typeof ids;

const organisations: { key: Key; name: string; kind: OrganisationKind; yTunnus?: string }[] = [
  { key: "kirkas", name: "Siivouspalvelu Kirkas Oy", kind: "company", yTunnus: "3141591-1" },
  { key: "ruoka", name: "Lähiruoka Catering Oy", kind: "company", yTunnus: "1618033-3" },
  { key: "espoo", name: "Espoon kaupunki", kind: "municipality", yTunnus: "0101263-6" },
  { key: "porvoo", name: "Porvoon kaupunki", kind: "municipality", yTunnus: "1061512-1" },
  { key: "advisory", name: "Hankintaneuvonta", kind: "advisory" },
];

const people: { id: string; name: string; org: Key; role: OrganisationRole; locale: "fi" | "sv" | "en" }[] = [
  { id: "kirkas-admin", name: "Yrjö Yrittäjä", org: "kirkas", role: "company-admin", locale: "fi" },
  { id: "kirkas-member", name: "Maja Säljare", org: "kirkas", role: "company-member", locale: "sv" },
  { id: "ruoka-admin", name: "Liam Lindqvist", org: "ruoka", role: "company-admin", locale: "en" },
  { id: "espoo-admin", name: "Helmi Hankkija", org: "espoo", role: "buyer-admin", locale: "fi" },
  { id: "espoo-buyer", name: "Aino Asiantuntija", org: "espoo", role: "buyer", locale: "fi" },
  { id: "espoo-leader", name: "Kalle Johtaja", org: "espoo", role: "leadership", locale: "fi" },
  { id: "porvoo-admin", name: "Sara Svensson", org: "porvoo", role: "buyer-admin", locale: "sv" },
  { id: "advisor", name: "Niina Neuvoja", org: "advisory", role: "advisor", locale: "fi" },
];

export const emailOf = (personId: string) => `${personId}@example.fi`;

/** The viewer of one of the people above, as getViewer would build it. */
export function viewerOf(personId: string): Viewer {
  const person = people.find((p) => p.id === personId);
  if (!person) throw new Error(`no person ${personId}`);
  const organisation = organisations.find((o) => o.key === person.org);
  return {
    userId: person.id,
    name: person.name,
    email: emailOf(person.id),
    locale: person.locale,
    isPlatformAdmin: false,
    memberships: [
      {
        organisationId: ids[person.org],
        name: organisation?.name ?? "",
        kind: organisation?.kind ?? "company",
        role: person.role,
      },
    ],
    activeOrganisationId: ids[person.org],
  };
}

/** Writes the organisations, accounts and memberships; returns services without a job runner. */
export async function seedPresentationsFixtures(database: TestDatabase): Promise<Services> {
  await database.db.insert(organisationsOrganisation).values(
    organisations.map((o) => ({
      id: ids[o.key],
      name: o.name,
      slug: o.key,
      kind: o.kind,
      yTunnus: o.yTunnus ?? null,
    })),
  );
  await database.db.insert(accountsUser).values(
    people.map((p) => ({
      id: p.id,
      name: p.name,
      email: emailOf(p.id),
      emailVerified: true,
      locale: p.locale,
    })),
  );
  await database.db
    .insert(organisationsMember)
    .values(
      people.map((p) => ({ id: randomUUID(), organizationId: ids[p.org], userId: p.id, role: p.role })),
    );
  return {
    database,
    publicUrl: "http://localhost:3000",
    mailSettings: { publicUrl: "http://localhost:3000", unsubscribeSecret: "x".repeat(32) },
  } as unknown as Services;
}
