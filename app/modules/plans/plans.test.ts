import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/app-error.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { auditLog } from "../audit/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { createPlan } from "./create-plan.server.ts";
import { planToFormValues } from "./plan-form.ts";
import { loadPlanSnapshot } from "./plan-record.server.ts";
import { publicPlansOnly } from "./policy.ts";
import { planInputSchema, transitionSchema } from "./schemas.ts";
import { plansPlan, plansVersion } from "./tables.ts";
import { transitionPlan } from "./transition-plan.server.ts";
import { updatePlan } from "./update-plan.server.ts";

let database: TestDatabase;
let services: { database: TestDatabase };
const espoo = randomUUID();
const kirkas = randomUUID();
const buyer: Viewer = {
  userId: "buyer-1",
  name: "Helmi Hankkija",
  email: "hankinnat@espoo.example",
  locale: "fi",
  isPlatformAdmin: false,
  memberships: [{ organisationId: espoo, name: "Espoon kaupunki", kind: "municipality", role: "buyer" }],
  activeOrganisationId: espoo,
};
const leadership: Viewer = {
  ...buyer,
  userId: "lead-1",
  memberships: buyer.memberships.map((membership) => ({ ...membership, role: "leadership" as const })),
};
const company: Viewer = {
  ...buyer,
  userId: "company-1",
  memberships: [{ organisationId: kirkas, name: "Kirkas Oy", kind: "company", role: "company-admin" }],
};

beforeAll(async () => {
  database = await createTestDatabase();
  services = { database };
  await loadReferenceData({ db: database.db });
  await database.db.insert(organisationsOrganisation).values([
    { id: espoo, name: "Espoon kaupunki", slug: "espoo", kind: "municipality", municipalityCode: "049" },
    { id: kirkas, name: "Kirkas Oy", slug: "kirkas", kind: "company" },
  ]);
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

const input = (overrides: Record<string, unknown> = {}) =>
  planInputSchema.parse({
    title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor" },
    need: { fi: "Puhtaat ja terveelliset oppimisympäristöt 30 koululle." },
    mainCpv: "90910000-9",
    estimatedValueEur: 450_000,
    valueCategory: "goods-services",
    tenderYear: 2027,
    tenderMonth: 3,
    isDividedIntoLots: true,
    lots: [{ title: { fi: "Pohjoinen alue" } }, { title: { fi: "Eteläinen alue" } }],
    sustainability: [{ list: "strategic-procurement", code: "env-imp" }],
    visibility: "draft",
    ...overrides,
  });

describe("plan input", () => {
  it("requires a reason when the plan is not divided into lots, and Finnish text", () => {
    const result = planInputSchema.safeParse({
      title: { fi: "" },
      need: { fi: "x" },
      mainCpv: "90910000",
      isDividedIntoLots: false,
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain("title.fi");
    expect(paths).toContain("noLotsReason.fi");
  });
  it("derives the quarter from the month and refuses a month outside the given quarter", () => {
    expect(input().tenderQuarter).toBe(1);
    expect(planInputSchema.safeParse({ ...input(), tenderQuarter: 2, tenderMonth: 3 }).success).toBe(false);
  });
});

describe("plan commands", () => {
  let planId = "";
  it("creates a draft with its value band, lots and tags; audited", async () => {
    const result = await createPlan({ services, viewer: buyer, organisationId: espoo, input: input() });
    expect(result.ok).toBe(true);
    planId = result.ok ? result.planId : "";
    const [plan] = await database.db.select().from(plansPlan).where(eq(plansPlan.id, planId));
    expect(plan).toMatchObject({ valueBand: "eu", status: "idea", visibility: "draft", tenderQuarter: 1 });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, planId));
    expect(audit.map((row) => row.action)).toEqual(["plans.create"]);
    expect(await database.db.select().from(plansVersion).where(eq(plansVersion.planId, planId))).toEqual([]);
  });

  it("refuses unknown codes and saves nothing", async () => {
    const before = await database.db.select().from(plansPlan);
    const result = await createPlan({
      services,
      viewer: buyer,
      organisationId: espoo,
      input: input({ mainCpv: "99999999", sustainability: [{ list: "social-objective", code: "nope" }] }),
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        mainCpv: "plans.errors.cpvUnknown",
        "sustainability.0": "plans.errors.sustainabilityUnknown",
      },
    });
    expect((await database.db.select().from(plansPlan)).length).toBe(before.length);
  });

  it("keeps a lot's own description and CPV code, and refuses an unknown one at the lot's field", async () => {
    const lots = [
      {
        title: { fi: "Päätelaitteet" },
        description: { fi: "Kannettavat ja näytöt." },
        mainCpv: "30213000-5",
      },
      { title: { fi: "Käyttäjätuki" } },
    ];
    const created = await createPlan({
      services,
      viewer: buyer,
      organisationId: espoo,
      input: input({ lots }),
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const snapshot = await loadPlanSnapshot(database.db, created.planId);
    expect(snapshot.lots).toEqual([
      {
        number: 1,
        title: { fi: "Päätelaitteet" },
        description: { fi: "Kannettavat ja näytöt." },
        mainCpv: "30213000",
        estimatedValueEur: null,
      },
      { number: 2, title: { fi: "Käyttäjätuki" }, estimatedValueEur: null },
    ]);
    expect(planToFormValues(snapshot)).toMatchObject({
      "lots.0.description.fi": "Kannettavat ja näytöt.",
      "lots.0.mainCpv": "30213000",
      "lots.1.mainCpv": "",
    });
    const refused = await createPlan({
      services,
      viewer: buyer,
      organisationId: espoo,
      input: input({ lots: [{ title: { fi: "A" }, mainCpv: "99999999" }, { title: { fi: "B" } }] }),
    });
    expect(refused).toEqual({ ok: false, errors: { "lots.0.mainCpv": "plans.errors.cpvUnknown" } });
  });

  it("lets only the organisation's buyers create and edit", async () => {
    await expect(
      createPlan({ services, viewer: leadership, organisationId: espoo, input: input() }),
    ).rejects.toThrow(AppError);
    await expect(
      createPlan({ services, viewer: company, organisationId: espoo, input: input() }),
    ).rejects.toThrow(AppError);
    await expect(
      createPlan({ services, viewer: null, organisationId: espoo, input: input() }),
    ).rejects.toThrow(AppError);
  });

  it("gives plans only to contracting authorities, even for a platform administrator", async () => {
    const admin: Viewer = { ...buyer, userId: "admin-1", isPlatformAdmin: true, memberships: [] };
    await expect(
      createPlan({ services, viewer: admin, organisationId: kirkas, input: input() }),
    ).rejects.toThrow(AppError);
  });

  it("publishing makes version 1; later changes need a reason and list what changed", async () => {
    expect(
      await updatePlan({ services, viewer: buyer, planId, input: input({ visibility: "public" }) }),
    ).toEqual({ ok: true, planId });
    const missingReason = await updatePlan({
      services,
      viewer: buyer,
      planId,
      input: input({ visibility: "public", estimatedValueEur: 100_000 }),
    });
    expect(missingReason).toEqual({
      ok: false,
      errors: { changeReason: "plans.errors.changeReasonRequired" },
    });
    const changed = await updatePlan({
      services,
      viewer: buyer,
      planId,
      input: input({ visibility: "public", estimatedValueEur: 100_000 }),
      reason: "Markkinakartoitus tarkensi arvion",
    });
    expect(changed.ok).toBe(true);
    const versions = await database.db
      .select()
      .from(plansVersion)
      .where(eq(plansVersion.planId, planId))
      .orderBy(asc(plansVersion.version));
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]?.reason).toBe("Markkinakartoitus tarkensi arvion");
    expect(Object.keys(versions[1]?.changes ?? {}).sort()).toEqual(["estimatedValueEur", "valueBand"]);
    expect(versions[1]?.changes.valueBand).toEqual({ from: "eu", to: "national" });
  });

  it("follows the lifecycle and records each step", async () => {
    const award = transitionSchema.parse({ to: "contract-awarded", contractEnd: "2030-12-31" });
    expect(await transitionPlan({ services, viewer: buyer, planId, transition: award })).toMatchObject({
      ok: false,
      error: "plans.errors.transitionNotAllowed",
    });
    const publish = transitionSchema.parse({ to: "tender-published", hilmaNotice: "2027-012345" });
    expect(await transitionPlan({ services, viewer: buyer, planId, transition: publish })).toEqual({
      ok: true,
    });
    expect(await transitionPlan({ services, viewer: buyer, planId, transition: award })).toEqual({
      ok: true,
    });
    const [plan] = await database.db.select().from(plansPlan).where(eq(plansPlan.id, planId));
    expect(plan).toMatchObject({
      status: "contract-awarded",
      hilmaNotice: "2027-012345",
      contractEnd: "2030-12-31",
    });
    const versions = await database.db.select().from(plansVersion).where(eq(plansVersion.planId, planId));
    expect(versions.length).toBe(4);
  });

  it("keeps drafts and internal plans out of the public condition", async () => {
    await createPlan({
      services,
      viewer: buyer,
      organisationId: espoo,
      input: input({ visibility: "internal", title: { fi: "Sisäinen" } }),
    });
    const publicRows = await database.db
      .select({ title: plansPlan.title, visibility: plansPlan.visibility })
      .from(plansPlan)
      .where(publicPlansOnly());
    expect(publicRows.length).toBeGreaterThan(0);
    expect(publicRows.every((row) => row.visibility === "public")).toBe(true);
    const all = await database.db
      .select()
      .from(plansPlan)
      .where(and(eq(plansPlan.organisationId, espoo)));
    expect(all.length).toBeGreaterThan(publicRows.length);
  });
});
