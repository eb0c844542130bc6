import { randomUUID } from "node:crypto";
import { accountsUser } from "../modules/accounts/tables.ts";
import type { Viewer } from "../modules/accounts/viewer.server.ts";
import type { OrganisationKind, OrganisationRole } from "../modules/organisations/roles.ts";
import { organisationsMember, organisationsOrganisation } from "../modules/organisations/tables.ts";
import { loadReferenceData } from "../modules/reference-data/index.server.ts";
import type { Services } from "../services.ts";
import { createFixturePlan } from "./plan-fixtures.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";

const organisations = {
  espoo: { name: "Espoon kaupunki", kind: "municipality", yTunnus: "0101263-6" },
  kirkas: { name: "Siivouspalvelu Kirkas Oy", kind: "company", yTunnus: "3141591-1" },
  ruoka: { name: "Lähiruoka Catering Oy", kind: "company", yTunnus: "1618033-3" },
  vantaa: { name: "Vantaan kaupunki", kind: "municipality", yTunnus: "0124610-9" },
} as const satisfies Record<string, { name: string; kind: OrganisationKind; yTunnus: string }>;
type OrganisationKey = keyof typeof organisations;

const people = {
  buyer: { organisation: "espoo", role: "buyer", name: "Helmi Hankkija", email: "helmi@espoo.example" },
  leadership: {
    organisation: "espoo",
    role: "leadership",
    name: "Johanna Johto",
    email: "johto@espoo.example",
  },
  otherBuyer: { organisation: "vantaa", role: "buyer", name: "Ville Vantaa", email: "ville@vantaa.example" },
  kirkasAdmin: {
    organisation: "kirkas",
    role: "company-admin",
    name: "Yrjö Yrittäjä",
    email: "yrjo@kirkas.example",
  },
  kirkasMember: {
    organisation: "kirkas",
    role: "company-member",
    name: "Minna Myynti",
    email: "minna@kirkas.example",
  },
  ruokaAdmin: {
    organisation: "ruoka",
    role: "company-admin",
    name: "Liam Lindqvist",
    email: "liam@ruoka.example",
  },
  resident: { organisation: null, role: null, name: "Kaisa Kuntalainen", email: "kaisa@example.fi" },
} as const satisfies Record<
  string,
  { organisation: OrganisationKey | null; role: OrganisationRole | null; name: string; email: string }
>;

export type CompanyWorld = {
  database: TestDatabase;
  services: Services;
  ids: Record<OrganisationKey, string>;
  viewers: Record<keyof typeof people, Viewer>;
  plans: { open: string; withLots: string; internal: string; draft: string };
};

/**
 * A database with reference data, two municipalities, two companies, a person in each role (real user
 * rows, so messages and audit entries can name them) and Espoo's public, internal and draft plans.
 */
export async function createCompanyWorld({ poolSize }: { poolSize?: number } = {}): Promise<CompanyWorld> {
  const database = await createTestDatabase({ poolSize });
  await loadReferenceData({ db: database.db });
  const ids = Object.fromEntries(Object.keys(organisations).map((key) => [key, randomUUID()])) as Record<
    OrganisationKey,
    string
  >;
  await database.db
    .insert(organisationsOrganisation)
    .values(
      Object.entries(organisations).map(([key, o]) => ({ id: ids[key as OrganisationKey], slug: key, ...o })),
    );
  const viewers = {} as Record<keyof typeof people, Viewer>;
  for (const [key, person] of Object.entries(people)) {
    const userId = `user-${key}`;
    await database.db.insert(accountsUser).values({
      id: userId,
      name: person.name,
      email: person.email,
      emailVerified: true,
      locale: key === "ruokaAdmin" ? "sv" : "fi",
    });
    const organisationId = person.organisation ? ids[person.organisation] : null;
    if (organisationId && person.role)
      await database.db
        .insert(organisationsMember)
        .values({ id: randomUUID(), organizationId: organisationId, userId, role: person.role });
    viewers[key as keyof typeof people] = {
      userId,
      name: person.name,
      email: person.email,
      locale: "fi",
      isPlatformAdmin: false,
      memberships:
        organisationId && person.organisation && person.role
          ? [
              {
                organisationId,
                name: organisations[person.organisation].name,
                kind: organisations[person.organisation].kind,
                role: person.role,
              },
            ]
          : [],
      activeOrganisationId: organisationId,
    };
  }
  const plans = {
    open: await createFixturePlan(database, ids.espoo),
    withLots: await createFixturePlan(database, ids.espoo, {
      title: { fi: "Ateriapalvelut" },
      mainCpv: "55520000",
      isDividedIntoLots: true,
      lots: [{ title: { fi: "Päiväkodit" } }, { title: { fi: "Koulut" } }],
      noLotsReason: undefined,
    }),
    internal: await createFixturePlan(database, ids.espoo, { visibility: "internal" }),
    draft: await createFixturePlan(database, ids.espoo, { visibility: "draft" }),
  };
  const services = {
    database,
    publicUrl: "http://localhost:3000",
    mailSettings: { publicUrl: "http://localhost:3000", unsubscribeSecret: "p".repeat(32) },
  } as unknown as Services;
  return { database, services, ids, viewers, plans };
}
