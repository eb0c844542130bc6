import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { createPlan } from "./create-plan.server.ts";
import { getPublicPlanDetail } from "./public-plan-detail.server.ts";
import { listJointCandidates, listPublicTimeline, listReTenderForecast } from "./public-views.server.ts";
import { planInputSchema, transitionSchema } from "./schemas.ts";
import { transitionPlan } from "./transition-plan.server.ts";

let database: TestDatabase;
const espoo = randomUUID();
const vantaa = randomUUID();
const buyerOf = (organisationId: string): Viewer => ({
  userId: `buyer-${organisationId}`,
  name: "Hankkija",
  email: "hankinnat@example.fi",
  locale: "fi",
  isPlatformAdmin: false,
  memberships: [{ organisationId, name: "Kunta", kind: "municipality", role: "buyer" }],
  activeOrganisationId: organisationId,
});

async function create(organisationId: string, overrides: Record<string, unknown>) {
  const input = planInputSchema.parse({
    title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor" },
    need: { fi: "Puhtaat koulut." },
    mainCpv: "90910000",
    estimatedValueEur: 450_000,
    tenderYear: 2027,
    tenderQuarter: 1,
    isDividedIntoLots: false,
    noLotsReason: { fi: "Yksi kohde" },
    sustainability: [{ list: "social-objective", code: "acc-all" }],
    visibility: "public",
    ...overrides,
  });
  const result = await createPlan({
    services: { database },
    viewer: buyerOf(organisationId),
    organisationId,
    input,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.planId;
}

const ids: Record<string, string> = {};
const id = (name: string) => ids[name] ?? "";
beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
  await database.db.insert(organisationsOrganisation).values([
    { id: espoo, name: "Espoon kaupunki", slug: `e-${espoo}`, kind: "municipality", municipalityCode: "049" },
    {
      id: vantaa,
      name: "Vantaan kaupunki",
      slug: `v-${vantaa}`,
      kind: "municipality",
      municipalityCode: "092",
    },
  ]);
  ids.cleaning = await create(espoo, { sustainability: [] });
  ids.windows = await create(vantaa, { title: { fi: "Ikkunanpesu" }, mainCpv: "90911000", tenderQuarter: 3 });
  ids.late = await create(vantaa, { title: { fi: "Myöhäinen siivous" }, tenderYear: 2028, tenderQuarter: 3 });
  ids.draft = await create(vantaa, { title: { fi: "Luonnos" }, mainCpv: "90911000", visibility: "draft" });
  ids.awarded = await create(espoo, { title: { fi: "Työterveyshuolto" }, mainCpv: "85147000" });
  const services = { database };
  const viewer = buyerOf(espoo);
  const publish = transitionSchema.parse({ to: "tender-published", hilmaNotice: "2026-123456" });
  await transitionPlan({ services, viewer, planId: ids.awarded, transition: publish });
  const award = transitionSchema.parse({ to: "contract-awarded", contractEnd: "2029-08-31" });
  await transitionPlan({ services, viewer, planId: ids.awarded, transition: award });
}, 120_000);
afterAll(async () => {
  await database?.dispose();
});

const today = "2026-11-28";

describe("public views", () => {
  it("groups upcoming public plans by planned tender quarter", async () => {
    const groups = await listPublicTimeline({ db: database.db, locale: "sv", today });
    expect(groups.map((g) => [g.year, g.quarter, g.plans.map((p) => p.title)])).toEqual([
      [2027, 1, ["Städtjänster för skolor"]],
      [2027, 3, ["Ikkunanpesu"]],
      [2028, 3, ["Myöhäinen siivous"]],
    ]);
  });

  it("forecasts re-tenders from contract end dates", async () => {
    const groups = await listReTenderForecast({ db: database.db, locale: "fi", today });
    expect(groups.map((g) => [g.year, g.quarter, g.plans.map((p) => p.title)])).toEqual([
      [2029, 3, ["Työterveyshuolto"]],
    ]);
  });

  it("pairs plans of different organisations in one CPV group within two quarters", async () => {
    const pairs = await listJointCandidates({ db: database.db, locale: "fi", today });
    expect(pairs.map((p) => [p.cpvGroup, p.first.title, p.second.title])).toEqual([
      ["909", "Koulujen siivouspalvelut", "Ikkunanpesu"],
    ]);
  });

  it("shows a plan page to everyone when public, a draft only to its editors", async () => {
    const detail = await getPublicPlanDetail({
      db: database.db,
      locale: "en",
      viewer: null,
      planId: id("windows"),
    });
    expect(detail).toMatchObject({
      title: "Ikkunanpesu",
      noLotsReason: "Yksi kohde",
      cpv: [{ code: "90911000", isMain: true }],
      sustainability: [{ list: "social-objective", code: "acc-all" }],
    });
    expect(detail?.versions.map((v) => v.version)).toEqual([1]);
    const awarded = await getPublicPlanDetail({
      db: database.db,
      locale: "fi",
      viewer: null,
      planId: id("awarded"),
    });
    expect(awarded?.versions.length).toBe(3);
    expect(
      await getPublicPlanDetail({ db: database.db, locale: "fi", viewer: null, planId: id("draft") }),
    ).toBeNull();
    expect(
      await getPublicPlanDetail({
        db: database.db,
        locale: "fi",
        viewer: buyerOf(espoo),
        planId: id("draft"),
      }),
    ).toBeNull();
    const own = await getPublicPlanDetail({
      db: database.db,
      locale: "fi",
      viewer: buyerOf(vantaa),
      planId: id("draft"),
    });
    expect(own?.isPublic).toBe(false);
    expect(
      await getPublicPlanDetail({ db: database.db, locale: "fi", viewer: null, planId: "nope" }),
    ).toBeNull();
  });
});
