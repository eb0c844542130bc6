import { randomUUID } from "node:crypto";
import "../personal-data.server.ts";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fiClosing } from "../../i18n/catalogues/fi-closing.ts";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { createPersonWithDataEverywhere, person } from "../../test/personal-data-fixtures.ts";
import { createFixturePlan, fixtureAdmin } from "../../test/plan-fixtures.ts";
import { deleteMyAccount } from "../accounts/delete-my-account.server.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { auditLog } from "../audit/tables.ts";
import { companiesContact, companiesProfile } from "../companies/tables.ts";
import { interestPlanCompany } from "../interest/tables.ts";
import { apiToken } from "../open-data/tables.ts";
import { partnersRequest } from "../partners/tables.ts";
import { plansPlan } from "../plans/tables.ts";
import { presentationsPresentation } from "../presentations/tables.ts";
import { closeOrganisation, describeOrganisationClosing } from "./close-organisation.server.ts";
import { listMemberships } from "./memberships.server.ts";
import { organisationsInvitation, organisationsMember, organisationsOrganisation } from "./tables.ts";

// Closing an organisation: only its administrators (or a platform administrator), confirmed by its
// name, refused while it has a plan that was ever public; everything pointing at it goes, the audit
// log stays, and its last administrator can then delete their account.

let world: CompanyWorld;
let pirjo: Viewer;

beforeAll(async () => {
  world = await createCompanyWorld();
  // Pirjo administers the cleaning company with data in every module; Yrjö, the other administrator,
  // leaves first, so she is its only administrator.
  pirjo = await createPersonWithDataEverywhere(world);
  await world.database.db
    .delete(organisationsMember)
    .where(eq(organisationsMember.userId, world.viewers.kirkasAdmin.userId));
  await world.database.db.insert(apiToken).values({
    organisationId: world.ids.kirkas,
    name: "Kirjanpito",
    tokenHash: randomUUID(),
    createdBy: pirjo.userId,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

const organisationExists = async (id: string) =>
  (
    await world.database.db
      .select()
      .from(organisationsOrganisation)
      .where(eq(organisationsOrganisation.id, id))
  ).length === 1;

describe("closing an organisation", () => {
  it("is refused to members who do not administer it, and to other companies' administrators", async () => {
    for (const viewer of [world.viewers.kirkasMember, world.viewers.ruokaAdmin, world.viewers.buyer]) {
      await expect(
        closeOrganisation({
          services: world.services,
          viewer,
          organisationId: world.ids.kirkas,
          confirmName: "Siivouspalvelu Kirkas Oy",
        }),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await organisationExists(world.ids.kirkas)).toBe(true);
  });

  it("needs the organisation's name typed to confirm", async () => {
    const result = await closeOrganisation({
      services: world.services,
      viewer: pirjo,
      organisationId: world.ids.kirkas,
      confirmName: "Siivouspalvelu",
    });
    expect(result).toEqual({ ok: false, error: "closeOrganisation.wrongName" });
    expect(await organisationExists(world.ids.kirkas)).toBe(true);
  });

  it("is refused while the organisation has a plan that was ever public, even to the platform administrator", async () => {
    const described = await describeOrganisationClosing({
      services: world.services,
      viewer: fixtureAdmin,
      organisationId: world.ids.espoo,
    });
    expect(described.hasPublishedPlans).toBe(true);
    // Every table that points at an organisation has a label on the confirmation page.
    for (const part of described.parts)
      expect(Object.keys(fiClosing.closeOrganisation.parts)).toContain(part.table);
    const result = await closeOrganisation({
      services: world.services,
      viewer: fixtureAdmin,
      organisationId: world.ids.espoo,
      confirmName: "Espoon kaupunki",
    });
    expect(result).toEqual({ ok: false, error: "closeOrganisation.hasPublishedPlans" });
    expect(await organisationExists(world.ids.espoo)).toBe(true);
  });

  it("removes an authority's never-public plans with it", async () => {
    const draft = await createFixturePlan(world.database, world.ids.vantaa, { visibility: "draft" });
    const result = await closeOrganisation({
      services: world.services,
      viewer: fixtureAdmin,
      organisationId: world.ids.vantaa,
      confirmName: " vantaan  KAUPUNKI ",
    });
    expect(result).toEqual({ ok: true });
    expect(await world.database.db.select().from(plansPlan).where(eq(plansPlan.id, draft))).toEqual([]);
  });

  it("removes the company and everything of it, keeps the audit log, and then its last administrator can leave", async () => {
    const { db } = world.database;
    const kirkas = world.ids.kirkas;
    const refused = await deleteMyAccount({
      services: world.services,
      viewer: pirjo,
      confirmEmail: person.email,
      password: person.password,
    });
    expect(refused).toMatchObject({ ok: false, error: "account.deleteLastAdmin" });

    const described = await describeOrganisationClosing({
      services: world.services,
      viewer: pirjo,
      organisationId: kirkas,
    });
    const counts = Object.fromEntries(described.parts.map((part) => [part.table, part.count]));
    expect(counts).toMatchObject({
      companies_profile: 1,
      organisations_member: 2,
      organisations_invitation: 1,
      api_token: 1,
      presentations_presentation: 1,
      partners_request: 1,
      interest_plan_company: 1,
    });
    const auditBefore = (await db.select().from(auditLog).where(eq(auditLog.organisationId, kirkas))).length;

    expect(
      await closeOrganisation({
        services: world.services,
        viewer: pirjo,
        organisationId: kirkas,
        confirmName: "Siivouspalvelu Kirkas Oy",
      }),
    ).toEqual({ ok: true });
    expect(await organisationExists(kirkas)).toBe(false);
    for (const [table, column] of [
      [companiesProfile, companiesProfile.organisationId],
      [companiesContact, companiesContact.organisationId],
      [organisationsMember, organisationsMember.organizationId],
      [organisationsInvitation, organisationsInvitation.organizationId],
      [apiToken, apiToken.organisationId],
      [presentationsPresentation, presentationsPresentation.companyId],
      [partnersRequest, partnersRequest.organisationId],
      [interestPlanCompany, interestPlanCompany.organisationId],
    ] as const)
      expect(await db.select().from(table).where(eq(column, kirkas))).toEqual([]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.organisationId, kirkas));
    expect(audit.length).toBe(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({ action: "organisations.close", actorId: pirjo.userId });

    // The next request sees her without the membership: the account can go now.
    const after = {
      ...pirjo,
      memberships: await listMemberships(db, pirjo.userId),
      activeOrganisationId: null,
    };
    expect(after.memberships).toEqual([]);
    expect(
      await deleteMyAccount({
        services: world.services,
        viewer: after,
        confirmEmail: person.email,
        password: person.password,
      }),
    ).toEqual({ ok: true });
  });
});
