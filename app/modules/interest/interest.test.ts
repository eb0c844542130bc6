import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { fixtureAdmin } from "../../test/plan-fixtures.ts";
import { auditLog } from "../audit/tables.ts";
import { writeCompanyProfile } from "../companies/save-company-profile.server.ts";
import { companyProfileSchema } from "../companies/schemas.ts";
import { archivePlan } from "../plans/archive-plan.server.ts";
import {
  getPlanInterestSummary,
  listCompanyInterests,
  listInterestedCompanies,
} from "./interest-queries.server.ts";
import { markInterest } from "./mark-interest.server.ts";
import { interestFormSchema } from "./schemas.ts";
import { withdrawInterest } from "./withdraw-interest.server.ts";

let world: CompanyWorld;

beforeAll(async () => {
  world = await createCompanyWorld();
  await writeCompanyProfile(world.database.db, {
    organisationId: world.ids.kirkas,
    name: "Siivouspalvelu Kirkas Oy",
    input: companyProfileSchema.parse({
      sizeClass: "small",
      description: { fi: "Koulujen siivous." },
      offering: ["90910000"],
      servesAllFinland: true,
      serviceLanguages: ["fi"],
      contacts: [{ name: "Yrjö Yrittäjä", email: "yrjo@kirkas.example" }],
    }),
  });
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

const summary = (viewer: keyof CompanyWorld["viewers"] | null, planId = world.plans.open) =>
  getPlanInterestSummary({
    db: world.database.db,
    viewer: viewer ? world.viewers[viewer] : null,
    planId,
    locale: "fi",
  });

describe("we are interested", () => {
  it("a company marks and updates its interest, audited; the buyer sees who, others only how many", async () => {
    const { services, viewers, plans, ids } = world;
    await markInterest({ services, viewer: viewers.kirkasMember, planId: plans.open });
    await markInterest({
      services,
      viewer: viewers.kirkasAdmin,
      planId: plans.open,
      note: "Olemme siivonneet kouluja kymmenen vuotta.",
    });
    await markInterest({ services, viewer: viewers.ruokaAdmin, planId: plans.open });
    expect((await summary(null))?.count).toBe(2);
    expect(await summary("kirkasMember")).toMatchObject({
      count: 2,
      mine: { note: "Olemme siivonneet kouluja kymmenen vuotta." },
      canMark: true,
      canSeeCompanies: false,
    });
    expect(await summary("buyer")).toMatchObject({
      count: 2,
      mine: null,
      canMark: false,
      canSeeCompanies: true,
    });
    const companies = await listInterestedCompanies({
      db: world.database.db,
      viewer: viewers.leadership,
      planId: plans.open,
      locale: "fi",
    });
    expect(companies.map((c) => c.name)).toEqual(["Siivouspalvelu Kirkas Oy", "Lähiruoka Catering Oy"]);
    expect(companies[0]).toMatchObject({
      note: "Olemme siivonneet kouluja kymmenen vuotta.",
      sizeClass: "small",
      offering: [{ code: "90910000" }],
      contacts: [{ email: "yrjo@kirkas.example" }],
    });
    // A company without a profile is listed by name.
    expect(companies[1]).toMatchObject({ sizeClass: null, offering: [], contacts: [] });
    const entries = await world.database.db
      .select({ action: auditLog.action, summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, plans.open), eq(auditLog.organisationId, ids.kirkas)));
    expect(entries.map((e) => e.action)).toEqual(["interest.mark", "interest.update"]);
    expect(JSON.stringify(entries)).not.toContain("kymmenen");
  });

  it("shows the list to no one but the plan's own buyers", async () => {
    for (const viewer of [null, world.viewers.kirkasAdmin, world.viewers.otherBuyer, world.viewers.resident])
      await expect(
        listInterestedCompanies({ db: world.database.db, viewer, planId: world.plans.open, locale: "fi" }),
      ).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses people who do not represent a company and plans that are not public", async () => {
    const { services, viewers, plans } = world;
    for (const viewer of [null, viewers.buyer, viewers.resident])
      await expect(markInterest({ services, viewer, planId: plans.open })).rejects.toMatchObject({
        code: "forbidden",
      });
    for (const planId of [plans.internal, plans.draft, "not-a-uuid", crypto.randomUUID()])
      await expect(markInterest({ services, viewer: viewers.kirkasAdmin, planId })).rejects.toMatchObject({
        code: "not_found",
      });
    // A buyer of the plan's organisation sees the internal plan but cannot mark interest in it.
    expect((await summary("buyer", plans.internal))?.canMark).toBe(false);
    expect(await summary(null, plans.internal)).toBeNull();
  });

  it("withdraws, and lists the company's interests", async () => {
    const { services, viewers, plans, database } = world;
    await markInterest({ services, viewer: viewers.kirkasAdmin, planId: plans.withLots });
    const mine = await listCompanyInterests({ db: database.db, viewer: viewers.kirkasMember, locale: "fi" });
    expect(mine.map((row) => row.title)).toEqual(["Ateriapalvelut", "Koulujen siivouspalvelut"]);
    expect(
      await withdrawInterest({ services, viewer: viewers.kirkasMember, planId: plans.withLots }),
    ).toEqual({
      withdrawn: true,
    });
    expect(
      await withdrawInterest({ services, viewer: viewers.kirkasMember, planId: plans.withLots }),
    ).toEqual({
      withdrawn: false,
    });
    expect((await summary(null, plans.withLots))?.count).toBe(0);
    await expect(
      listCompanyInterests({ db: database.db, viewer: viewers.buyer, locale: "fi" }),
    ).rejects.toThrow();
  });

  it("an archived plan takes no interest and drops out of the company's list", async () => {
    const { services, viewers, database } = world;
    const { createFixturePlan } = await import("../../test/plan-fixtures.ts");
    const planId = await createFixturePlan(database, world.ids.espoo, { title: { fi: "Arkistoitava" } });
    await markInterest({ services, viewer: viewers.ruokaAdmin, planId });
    await archivePlan({ services, viewer: fixtureAdmin, planId });
    await expect(markInterest({ services, viewer: viewers.ruokaAdmin, planId })).rejects.toMatchObject({
      code: "not_found",
    });
    const mine = await listCompanyInterests({ db: database.db, viewer: viewers.ruokaAdmin, locale: "fi" });
    expect(mine.map((row) => row.planId)).not.toContain(planId);
    // Taking the name back still works.
    expect(await withdrawInterest({ services, viewer: viewers.ruokaAdmin, planId })).toEqual({
      withdrawn: true,
    });
  });

  it("limits the note to 500 characters", () => {
    expect(interestFormSchema.safeParse({ intent: "interested", note: "x".repeat(501) }).success).toBe(false);
    expect(interestFormSchema.parse({ intent: "interested", note: "  " })).toEqual({ intent: "interested" });
  });
});
