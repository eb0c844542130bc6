import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "../../services.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { accountsUser } from "../accounts/tables.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { mailOutbox } from "../mail/tables.ts";
import { createOrganisation } from "./create-organisation.server.ts";
import { requestToJoin } from "./request-to-join.server.ts";
import { createOrganisationSchema } from "./schemas.ts";
import { organisationsMember, organisationsOrganisation } from "./tables.ts";

// One organisation per Y-tunnus: a second registration is told which organisation has it and can ask
// to join; the organisation's administrators get one e-mail a day about it, in their own language.

let database: TestDatabase;
const kirkas = randomUUID();
const newcomer: Viewer = {
  userId: "newcomer",
  name: "Uusi Työntekijä",
  email: "uusi@kirkas.example",
  locale: "fi",
  isPlatformAdmin: false,
  memberships: [],
  activeOrganisationId: null,
};
let services: Services;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insert(accountsUser).values([
    {
      id: "admin-sv",
      name: "Sara Svensson",
      email: "sara@kirkas.example",
      emailVerified: true,
      locale: "sv",
    },
    { id: "member", name: "Maija Myyjä", email: "maija@kirkas.example", emailVerified: true },
    { id: "newcomer", name: "Uusi Työntekijä", email: "uusi@kirkas.example", emailVerified: true },
  ]);
  await database.db.insert(organisationsOrganisation).values({
    id: kirkas,
    name: "Siivouspalvelu Kirkas Oy",
    slug: "kirkas",
    kind: "company",
    yTunnus: "3141591-1",
  });
  await database.db.insert(organisationsMember).values([
    { id: randomUUID(), organizationId: kirkas, userId: "admin-sv", role: "company-admin" },
    { id: randomUUID(), organizationId: kirkas, userId: "member", role: "company-member" },
  ]);
  services = {
    database,
    publicUrl: "http://localhost:3000",
    mailSettings: { publicUrl: "http://localhost:3000", unsubscribeSecret: "x".repeat(32) },
  } as unknown as Services;
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

describe("one organisation per Y-tunnus", () => {
  it("tells a second registration which organisation has the Y-tunnus and saves nothing", async () => {
    const result = await createOrganisation({
      services,
      viewer: newcomer,
      input: createOrganisationSchema.parse({
        name: "Kirkas Siivous",
        kind: "company",
        yTunnus: "3141591-1",
      }),
    });
    expect(result).toEqual({
      ok: false,
      field: "yTunnus",
      error: "organisations.yTunnusTaken",
      registered: { id: kirkas, name: "Siivouspalvelu Kirkas Oy" },
    });
    expect(await database.db.select().from(organisationsOrganisation)).toHaveLength(1);
    // A Y-tunnus nobody has registers as before.
    const other = await createOrganisation({
      services,
      viewer: newcomer,
      input: createOrganisationSchema.parse({
        name: "Uusi Siivous Oy",
        kind: "company",
        yTunnus: "3141593-8",
      }),
    });
    expect(other.ok).toBe(true);
    await database.db
      .delete(organisationsOrganisation)
      .where(eq(organisationsOrganisation.yTunnus, "3141593-8"));
  });

  it("sends the join request to the administrators only, once a day", async () => {
    expect(await requestToJoin({ services, viewer: newcomer, organisationId: kirkas })).toEqual({
      ok: true,
      organisationName: "Siivouspalvelu Kirkas Oy",
    });
    await requestToJoin({ services, viewer: newcomer, organisationId: kirkas });
    const mails = await database.db.select().from(mailOutbox);
    expect(mails.map((mail) => [mail.toAddress, mail.locale])).toEqual([["sara@kirkas.example", "sv"]]);
    expect(mails[0]?.subject).toBe("Uusi Työntekijä ber att få gå med i Siivouspalvelu Kirkas Oy");
    expect(mails[0]?.textBody).toContain("uusi@kirkas.example");
  });
});
