import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { createPlan } from "./create-plan.server.ts";
import { publicPlanFiltersSchema } from "./public-filters.ts";
import {
  getPublicPlanRecord,
  listPublicPlanRecords,
  listPublicPlanVersions,
  listReleasablePlanRecords,
  type PublicPlanPosition,
  type PublicPlanReleasePosition,
} from "./public-plan-records.server.ts";
import { planInputSchema } from "./schemas.ts";

// The public plan records open data is made of (API JSON, OCDS, feeds): public plans only, paged
// without gaps or repeats.

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
      isDividedIntoLots: false,
      lots: [],
      noLotsReason: { fi: "Yksi urakka-alue" },
      sustainability: [],
    }),
  );
  publicIds.push(await make({ title: { fi: "Kolmas julkinen" } }));
  hiddenIds.push(await make({ title: { fi: "Luonnos" }, visibility: "draft" }));
  hiddenIds.push(await make({ title: { fi: "Sisäinen" }, visibility: "internal" }));
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

describe("public plan records", () => {
  it("find public plans only", async () => {
    for (const id of publicIds) expect((await getPublicPlanRecord(database.db, id))?.id).toBe(id);
    for (const id of hiddenIds) expect(await getPublicPlanRecord(database.db, id)).toBeNull();
    const { plans } = await listPublicPlanRecords(database.db, { limit: 50, direction: "desc" });
    expect(plans.map((plan) => plan.id).sort()).toEqual([...publicIds].sort());
    const { plans: releasable } = await listReleasablePlanRecords(database.db, { limit: 50 });
    expect(releasable.map((plan) => plan.id).sort()).toEqual([...publicIds].sort());
  });

  it("page by position without gaps or repeats, and filter by organisation and status", async () => {
    const seen: string[] = [];
    let cursor: PublicPlanPosition | null = null;
    for (let page = 0; page < 5; page++) {
      const result = await listPublicPlanRecords(database.db, {
        limit: 2,
        direction: "asc",
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...result.plans.map((plan) => plan.id));
      const last = result.plans[result.plans.length - 1];
      if (!result.hasMore || !last) break;
      cursor = { updatedAt: last.updatedAtText, id: last.id };
    }
    expect(seen.sort()).toEqual([...publicIds].sort());
    const bySlug = await listPublicPlanRecords(database.db, {
      limit: 10,
      direction: "desc",
      filters: publicPlanFiltersSchema.parse({ organisation: ["vantaa"] }),
    });
    expect(bySlug.plans).toEqual([]);
    const byStatus = await listPublicPlanRecords(database.db, {
      limit: 10,
      direction: "desc",
      filters: publicPlanFiltersSchema.parse({ organisation: [espoo], status: ["idea"] }),
    });
    expect(byStatus.plans.length).toBe(3);
  });

  it("page the release feed in commit order without gaps or repeats", async () => {
    const seen: { id: string; seq: bigint }[] = [];
    let cursor: PublicPlanReleasePosition | null = null;
    for (let page = 0; page < 5; page++) {
      const result = await listReleasablePlanRecords(database.db, {
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...result.plans.map((plan) => ({ id: plan.id, seq: BigInt(plan.changeSeq) })));
      const last = result.plans[result.plans.length - 1];
      if (!result.hasMore || !last) break;
      cursor = { seq: last.changeSeq, id: last.id };
    }
    expect(seen.map((row) => row.id).sort()).toEqual([...publicIds].sort());
    for (let i = 1; i < seen.length; i++) expect((seen[i]?.seq ?? 0n) >= (seen[i - 1]?.seq ?? 0n)).toBe(true);
  });

  it("carry the plan's participants, CPV codes, lots, sustainability tags and public versions", async () => {
    const plan = await getPublicPlanRecord(database.db, publicIds[0] ?? "");
    expect(plan).toMatchObject({
      organisation: { id: espoo, slug: "espoo", yTunnus: "0101263-6" },
      participants: [{ id: vantaa, name: "Vantaan kaupunki" }],
      mainCpv: "90910000",
      additionalCpv: ["90919200"],
      lots: [
        { number: 1, title: { fi: "Pohjoinen alue" }, estimatedValueEur: 200_000 },
        { number: 2, title: { fi: "Eteläinen alue" }, estimatedValueEur: null },
      ],
      sustainability: [
        { list: "social-objective", code: "work-cond" },
        { list: "strategic-procurement", code: "env-imp" },
      ],
      attachments: [],
    });
    expect(plan).not.toHaveProperty("searchText");
    const versions = await listPublicPlanVersions(database.db, publicIds[0] ?? "");
    expect(versions.length).toBeGreaterThan(0);
    expect(versions.map((version) => version.snapshot.visibility)).toEqual(versions.map(() => "public"));
    expect(await listPublicPlanVersions(database.db, hiddenIds[0] ?? "")).toEqual([]);
  });
});
