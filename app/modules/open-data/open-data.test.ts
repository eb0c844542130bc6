import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOcdsValidators } from "../../test/ocds-schemas.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { createPlan } from "../plans/create-plan.server.ts";
import { planInputSchema } from "../plans/schemas.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { recordPackage, releasePackage } from "./ocds-packages.ts";
import { planIdFromOcid, plannedTenderPeriod, planToRelease } from "./ocds-release.ts";
import { planJson } from "./plan-json.ts";
import { getPublicPlan, listPublicPlans } from "./public-plan-queries.server.ts";

let database: TestDatabase;
const espoo = randomUUID();
const vantaa = randomUUID();
const buyer: Viewer = {
  userId: "buyer-1",
  name: "Helmi Hankkija",
  email: "hankinnat@espoo.example",
  locale: "fi",
  isPlatformAdmin: false,
  memberships: [{ organisationId: espoo, name: "Espoon kaupunki", kind: "municipality", role: "buyer" }],
  activeOrganisationId: espoo,
};
const prefix = "ocds-hanksi";
const publicIds: string[] = [];
const hiddenIds: string[] = [];

const input = (overrides: Record<string, unknown> = {}) =>
  planInputSchema.parse({
    title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor" },
    need: { fi: "Puhtaat ja terveelliset oppimisympäristöt 30 koululle." },
    mainCpv: "90910000",
    additionalCpv: ["90919200"],
    participants: [vantaa],
    estimatedValueEur: 450_000,
    tenderYear: 2027,
    tenderMonth: 3,
    dialogueStart: "2026-11-01",
    dialogueEnd: "2026-12-15",
    contractStart: "2027-08-01",
    contractDurationMonths: 24,
    procedure: "open",
    isDividedIntoLots: true,
    lots: [
      { title: { fi: "Pohjoinen alue" }, estimatedValueEur: 200_000 },
      { title: { fi: "Eteläinen alue" } },
    ],
    sustainability: [
      { list: "strategic-procurement", code: "env-imp" },
      { list: "social-objective", code: "work-cond" },
    ],
    employmentCondition: true,
    contactName: "Helmi Hankkija",
    contactEmail: "hankinnat@espoo.example",
    visibility: "public",
    ...overrides,
  });

beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
  await database.db.insert(organisationsOrganisation).values([
    { id: espoo, name: "Espoon kaupunki", slug: "espoo", kind: "municipality", yTunnus: "0101263-6" },
    { id: vantaa, name: "Vantaan kaupunki", slug: "vantaa", kind: "municipality" },
  ]);
  const make = async (overrides: Record<string, unknown>) => {
    const result = await createPlan({
      services: { database },
      viewer: buyer,
      organisationId: espoo,
      input: input(overrides),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.planId;
  };
  publicIds.push(await make({}));
  publicIds.push(
    await make({
      title: { fi: "Katuvalaistuksen urakka" },
      mainCpv: "45316110",
      additionalCpv: [],
      participants: [],
      valueCategory: "works",
      estimatedValueEur: undefined,
      tenderMonth: undefined,
      tenderQuarter: 4,
      dialogueStart: undefined,
      dialogueEnd: undefined,
      contractStart: undefined,
      procedure: "not-decided",
      isDividedIntoLots: false,
      lots: [],
      noLotsReason: { fi: "Yksi urakka-alue" },
      sustainability: [],
      employmentCondition: false,
    }),
  );
  publicIds.push(await make({ title: { fi: "Kolmas julkinen" } }));
  hiddenIds.push(await make({ title: { fi: "Luonnos" }, visibility: "draft" }));
  hiddenIds.push(await make({ title: { fi: "Sisäinen" }, visibility: "internal" }));
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

describe("public plans", () => {
  it("are read from the plans module's public records only, with their interest counts", async () => {
    for (const id of publicIds)
      expect(await getPublicPlan(database.db, id)).toMatchObject({ id, interestedCompanies: 0 });
    for (const id of hiddenIds) expect(await getPublicPlan(database.db, id)).toBeNull();
    const { plans, hasMore } = await listPublicPlans(database.db, { limit: 50, direction: "desc" });
    expect(plans.map((plan) => plan.id).sort()).toEqual([...publicIds].sort());
    expect(hasMore).toBe(false);
  });
});

describe("cursors", () => {
  // Reading public plans page by page is tested with the records in plans/public-plan-records.test.ts.
  it("read back as written, and only when we made them", () => {
    const cursor = { updatedAt: "1800000000123456", id: randomUUID() };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("not-a-cursor")).toBeNull();
  });
});

describe("OCDS", () => {
  const validators = createOcdsValidators();

  it("serialises every public plan as a valid planning release package and record package", async () => {
    const { plans } = await listPublicPlans(database.db, { limit: 50, direction: "asc" });
    const releases = plans.map((plan) => planToRelease(plan, prefix, "http://localhost"));
    const meta = {
      uri: "http://localhost/api/v1/ocds/releases",
      publicUrl: "http://localhost",
      publishedDate: new Date(),
    };
    const releaseDocument = releasePackage({
      ...meta,
      releases,
      next: "http://localhost/api/v1/ocds/releases?cursor=x",
    });
    expect(validators.releasePackageErrors(releaseDocument)).toBe("");
    for (const release of releases) {
      const record = recordPackage({ ...meta, releases: [release] });
      expect(validators.recordPackageErrors(record)).toBe("");
      expect(JSON.stringify(record)).not.toContain("versionedRelease");
    }
    expect(JSON.stringify(releaseDocument)).not.toMatch(/Luonnos|Sisäinen/);
  });

  it("describes the buyer, lots, CPV, value, planned period and sustainability", async () => {
    const plan = await getPublicPlan(database.db, publicIds[0] ?? "");
    if (!plan) throw new Error("missing plan");
    // biome-ignore lint/suspicious/noExplicitAny: the test reads nested JSON by path
    const release = planToRelease(plan, prefix, "http://localhost") as Record<string, any>;
    expect(release.ocid).toBe(`${prefix}-${plan.id}`);
    expect(planIdFromOcid(prefix, release.ocid)).toBe(plan.id);
    expect(planIdFromOcid("ocds-other1", release.ocid)).toBeNull();
    expect(release.tag).toEqual(["planning"]);
    expect(release.buyer).toEqual({ id: espoo, name: "Espoon kaupunki" });
    expect(release.parties[0].identifier).toEqual({
      scheme: "FI-PRO",
      id: "0101263-6",
      legalName: "Espoon kaupunki",
    });
    expect(release.parties[1]).toMatchObject({ id: vantaa, roles: ["buyer"] });
    expect(release.tender).toMatchObject({
      status: "planned",
      title: "Koulujen siivouspalvelut",
      title_sv: "Städtjänster för skolor",
      value: { amount: 450_000, currency: "EUR" },
      procurementMethod: "open",
      tenderPeriod: { startDate: "2027-03-01T00:00:00Z", endDate: "2027-03-31T23:59:59Z" },
      communication: { futureNoticeDate: "2027-03-01T00:00:00Z" },
      contractPeriod: { startDate: "2027-08-01T00:00:00Z", endDate: "2029-07-31T00:00:00Z" },
      hasSustainability: true,
    });
    expect(release.tender.items[0].classification).toEqual({ scheme: "CPV", id: "90910000" });
    expect(release.tender.lots.map((lot: { id: string }) => lot.id)).toEqual(["1", "2"]);
    expect(release.tender.sustainability.map((entry: { goal: string }) => entry.goal)).toEqual([
      "environmental",
      "social.fairWorkingConditions",
      "social.employmentOpportunities",
    ]);
    expect(plannedTenderPeriod({ tenderYear: 2027, tenderQuarter: 4, tenderMonth: null })).toEqual({
      startDate: "2027-10-01T00:00:00Z",
      endDate: "2027-12-31T23:59:59Z",
    });
  });

  it("gives a plan written in Swedish only as a Swedish release", async () => {
    const plan = await getPublicPlan(database.db, publicIds[0] ?? "");
    if (!plan) throw new Error("missing plan");
    const swedish = {
      ...plan,
      organisation: { ...plan.organisation, nameSv: "Esbo stad" },
      title: { sv: "Städtjänster för skolor", en: "School cleaning" },
      need: { sv: "Rena skolor." },
      lots: plan.lots.map((lot) => ({ ...lot, title: { sv: `Område ${lot.number}` } })),
    };
    // biome-ignore lint/suspicious/noExplicitAny: the test reads nested JSON by path
    const release = planToRelease(swedish, prefix, "http://localhost") as Record<string, any>;
    expect(release.language).toBe("sv");
    expect(release.tender).toMatchObject({
      title: "Städtjänster för skolor",
      title_en: "School cleaning",
      description: "Rena skolor.",
    });
    expect(release.tender.title_sv).toBeUndefined();
    // The buyer by its Swedish name, the registered (Finnish) one as a variant and the legal name.
    expect(release.buyer.name).toBe("Esbo stad");
    expect(release.parties[0]).toMatchObject({
      name: "Esbo stad",
      name_fi: "Espoon kaupunki",
      identifier: { legalName: "Espoon kaupunki" },
    });
    expect(release.tender.lots[0].title).toBe("Område 1");
    const meta = { uri: "http://localhost/x", publicUrl: "http://localhost", publishedDate: new Date() };
    expect(validators.recordPackageErrors(recordPackage({ ...meta, releases: [release as never] }))).toBe("");
    // A Finnish plan stays a Finnish release, its Swedish title a variant.
    expect(planToRelease(plan, prefix, "http://localhost")).toMatchObject({
      language: "fi",
      tender: { title: "Koulujen siivouspalvelut", title_sv: "Städtjänster för skolor" },
    });
  });

  it("gives the public JSON of a plan through its own serializer", async () => {
    const plan = await getPublicPlan(database.db, publicIds[0] ?? "");
    if (!plan) throw new Error("missing plan");
    const json = planJson(plan, { publicUrl: "http://localhost", ocid: `${prefix}-${plan.id}` });
    expect(json).toMatchObject({
      id: plan.id,
      organisation: { businessId: "0101263-6", names: { fi: "Espoon kaupunki" } },
    });
    const named = planJson(
      { ...plan, organisation: { ...plan.organisation, nameSv: "Esbo stad", nameEn: "City of Espoo" } },
      { publicUrl: "http://localhost", ocid: `${prefix}-${plan.id}` },
    );
    expect(named.organisation.names).toEqual({ fi: "Espoon kaupunki", sv: "Esbo stad", en: "City of Espoo" });
    expect(json).not.toHaveProperty("visibility");
    expect(Object.keys(json)).not.toContain("createdBy");
    expect(Object.keys(json)).not.toContain("updatedAtText");
  });
});
