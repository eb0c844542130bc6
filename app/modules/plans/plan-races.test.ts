import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { auditLog } from "../audit/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { archivePlan } from "./archive-plan.server.ts";
import { createPlan } from "./create-plan.server.ts";
import { loadPlanSnapshot } from "./plan-record.server.ts";
import { planInputSchema, transitionSchema } from "./schemas.ts";
import { submitPlanForm } from "./submit-plan-form.server.ts";
import { plansPlan, plansVersion } from "./tables.ts";
import { transitionPlan } from "./transition-plan.server.ts";
import { updatePlan } from "./update-plan.server.ts";

// Commands that decide on a plan's state (lifecycle, ETag, archive, next version number) decide under a
// lock on the plan row. On PostgreSQL the twenty calls of each race run side by side on a pool of 24
// connections; PGlite has one connection and runs them one after another, so there the tests only show
// that the outcome is the same.

let database: TestDatabase;
let services: { database: TestDatabase };
const espoo = randomUUID();
const buyer: Viewer = {
  userId: "buyer-1",
  name: "Helmi Hankkija",
  email: "hankinnat@espoo.example",
  locale: "fi",
  isPlatformAdmin: false,
  memberships: [{ organisationId: espoo, name: "Espoon kaupunki", kind: "municipality", role: "buyer" }],
  activeOrganisationId: espoo,
};
const racers = 20;

beforeAll(async () => {
  database = await createTestDatabase({ poolSize: racers + 4 });
  services = { database };
  await loadReferenceData({ db: database.db });
  await database.db.insert(organisationsOrganisation).values({
    id: espoo,
    name: "Espoon kaupunki",
    slug: "espoo",
    kind: "municipality",
    municipalityCode: "049",
  });
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

const input = (overrides: Record<string, unknown> = {}) =>
  planInputSchema.parse({
    title: { fi: "Koulujen siivouspalvelut" },
    need: { fi: "Puhtaat oppimisympäristöt." },
    mainCpv: "90910000-9",
    estimatedValueEur: 450_000,
    tenderYear: 2030,
    isDividedIntoLots: false,
    noLotsReason: { fi: "Yksi sopimus." },
    visibility: "public",
    ...overrides,
  });

async function newPublicPlan() {
  const created = await createPlan({ services, viewer: buyer, organisationId: espoo, input: input() });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  return created.planId;
}

const versionNumbers = async (planId: string) =>
  (
    await database.db
      .select({ version: plansVersion.version })
      .from(plansVersion)
      .where(eq(plansVersion.planId, planId))
      .orderBy(asc(plansVersion.version))
  ).map((row) => row.version);

const auditCount = async (planId: string, action: string) =>
  (
    await database.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, planId), eq(auditLog.action, action)))
  ).length;

/** Runs the calls at once; every one must answer (a thrown error would be a 500 to its user). */
async function race<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const thrown = settled.filter((result) => result.status === "rejected");
  expect(thrown.map((result) => String((result as PromiseRejectedResult).reason))).toEqual([]);
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

describe("concurrent plan commands", () => {
  it("lets exactly one of twenty transitions (award or cancel) win; the plan stays consistent", async () => {
    const planId = await newPublicPlan();
    const published = await transitionPlan({
      services,
      viewer: buyer,
      planId,
      transition: transitionSchema.parse({ to: "tender-published", hilmaNotice: "2030-123456" }),
    });
    expect(published.ok).toBe(true);
    const results = await race(
      Array.from(
        { length: racers },
        (_, index) => () =>
          transitionPlan({
            services,
            viewer: buyer,
            planId,
            transition: transitionSchema.parse(
              index % 2 === 0
                ? { to: "contract-awarded", contractEnd: "2034-12-31" }
                : { to: "cancelled", reason: "Tarve poistui." },
            ),
          }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.error)).toEqual(
      Array(racers - 1).fill("plans.errors.transitionNotAllowed"),
    );
    const [plan] = await database.db.select().from(plansPlan).where(eq(plansPlan.id, planId));
    if (plan?.status === "cancelled") {
      expect(plan).toMatchObject({ contractEnd: null, cancelReason: "Tarve poistui." });
    } else {
      expect(plan).toMatchObject({
        status: "contract-awarded",
        contractEnd: "2034-12-31",
        cancelReason: null,
      });
    }
    expect(await versionNumbers(planId)).toEqual([1, 2, 3]);
    expect(await auditCount(planId, "plans.transition")).toBe(2);
  });

  it("gives each of twenty simultaneous edits of a public plan its own version number, none fails", async () => {
    const planId = await newPublicPlan();
    const results = await race(
      Array.from(
        { length: racers },
        (_, index) => () =>
          updatePlan({
            services,
            viewer: buyer,
            planId,
            input: input({ tenderYear: 2031 + index }),
            reason: `Aikataulu ${index}`,
          }),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await versionNumbers(planId)).toEqual(Array.from({ length: racers + 1 }, (_, index) => index + 1));
    // Each version's "what changed" starts from the version before it (a stale read would start earlier).
    const versions = await database.db
      .select({ changes: plansVersion.changes, snapshot: plansVersion.snapshot })
      .from(plansVersion)
      .where(eq(plansVersion.planId, planId))
      .orderBy(asc(plansVersion.version));
    const years = versions.map((version) => (version.snapshot as { tenderYear: number }).tenderYear);
    const changedFrom = versions
      .slice(1)
      .map((version) => (version.changes as { tenderYear?: { from: number } }).tenderYear?.from);
    expect(changedFrom).toEqual(years.slice(0, -1));
    const [plan] = await database.db.select().from(plansPlan).where(eq(plansPlan.id, planId));
    expect(years.at(-1)).toBe(plan?.tenderYear);
  });

  it("checks the expected state inside the edit: of twenty edits made against one state, one wins", async () => {
    const planId = await newPublicPlan();
    const base = JSON.stringify(await loadPlanSnapshot(database.db, planId));
    const results = await race(
      Array.from(
        { length: racers },
        (_, index) => () =>
          updatePlan({
            services,
            viewer: buyer,
            planId,
            input: input({ tenderYear: 2031 + index }),
            reason: "Aikataulu",
            precondition: async (_tx, current) => JSON.stringify(current) === base,
          }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(racers - 1).fill({ ok: false, refused: "plans.errors.changed" }),
    );
    expect(await versionNumbers(planId)).toEqual([1, 2]);
  });

  it("archives once when twenty people archive the same plan at once", async () => {
    const planId = await newPublicPlan();
    await race(Array.from({ length: racers }, () => () => archivePlan({ services, viewer: buyer, planId })));
    expect(await auditCount(planId, "plans.archive")).toBe(1);
  });
});

describe("an archived plan", () => {
  it("refuses every change inside the command: edit, transition, the edit form with a message", async () => {
    const planId = await newPublicPlan();
    await archivePlan({ services, viewer: buyer, planId });
    const before = await loadPlanSnapshot(database.db, planId);
    expect(
      await updatePlan({
        services,
        viewer: buyer,
        planId,
        input: input({ tenderYear: 2040 }),
        reason: "Muutos",
      }),
    ).toEqual({ ok: false, refused: "plans.errors.archived" });
    expect(
      await transitionPlan({
        services,
        viewer: buyer,
        planId,
        transition: transitionSchema.parse({ to: "cancelled", reason: "Tarve poistui." }),
      }),
    ).toMatchObject({ ok: false, error: "plans.errors.archived" });
    const formData = new FormData();
    for (const [key, value] of Object.entries({
      intent: "save",
      "title.fi": "Uusi otsikko",
      "need.fi": "Tarve.",
      mainCpv: "90910000-9",
      valueCategory: "goods-services",
      "noLotsReason.fi": "Yksi sopimus.",
      confidence: "likely",
      visibility: "public",
      changeReason: "Otsikko",
    }))
      formData.set(key, value);
    const outcome = await submitPlanForm({
      services,
      viewer: buyer,
      formData,
      organisationId: espoo,
      planId,
      locale: "fi",
    });
    expect(outcome).toMatchObject({
      refused: "plans.errors.archived",
      values: { "title.fi": "Uusi otsikko" },
    });
    expect(await loadPlanSnapshot(database.db, planId)).toEqual(before);
    expect(await versionNumbers(planId)).toEqual([1]);
  });
});
