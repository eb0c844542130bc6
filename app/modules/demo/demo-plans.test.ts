import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { listPublicDialogue } from "../dialogue/index.server.ts";
import { dialogueStep } from "../dialogue/tables.ts";
import { interestPlanCompany } from "../interest/tables.ts";
import { partnersRequest } from "../partners/tables.ts";
import { planStatuses } from "../plans/lifecycle.ts";
import { loadPlanSnapshot } from "../plans/plan-record.server.ts";
import { planSnapshotSchema } from "../plans/plan-snapshot.ts";
import { planInputSchema } from "../plans/schemas.ts";
import { plansPlan, plansVersion } from "../plans/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { demoOrganisations } from "./demo-data.ts";
import { demoPlanningProfiles } from "./demo-organisations.ts";
import { generateDemoPlans } from "./demo-plans.ts";
import { seedDemoData } from "./seed-demo-data.server.ts";

const plans = generateDemoPlans({ profiles: demoPlanningProfiles, idOf: (key) => `id-${key}` });
const csvCodes = (file: string) =>
  new Set(
    readFileSync(resolve("reference-data", file), "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[0] ?? "")
      .filter(Boolean),
  );

describe("demo plans (generated)", () => {
  it("has a few hundred plans for ten municipalities and the joint unit", () => {
    expect(plans.length).toBeGreaterThanOrEqual(250);
    expect(plans.length).toBeLessThanOrEqual(350);
    expect(new Set(plans.map((p) => p.organisationKey)).size).toBe(11);
  });

  it("uses the municipality codes of the reference data and keeps the existing demo organisations", () => {
    const municipalities = readFileSync(resolve("reference-data/municipalities-fi.csv"), "utf8");
    const rows = new Map(municipalities.split("\n").map((line) => [line.split(",")[0], line.split(",")[1]]));
    const region = demoOrganisations.filter((o) => o.kind === "municipality");
    expect(region.map((o) => o.municipalityCode).sort()).toEqual(
      ["091", "049", "092", "235", "257", "638", "245", "186", "858", "753"].sort(),
    );
    for (const organisation of region) {
      expect(organisation.name).toContain(rows.get(organisation.municipalityCode ?? "")?.slice(0, 4));
    }
    for (const key of ["espoo", "porvoo", "joint", "kirkas", "lahiruoka", "advisory"]) {
      expect(demoOrganisations.some((o) => o.key === key)).toBe(true);
    }
  });

  it("passes the plan input schema, every one", () => {
    for (const plan of plans) {
      const result = planInputSchema.safeParse(plan.input);
      expect(result.success ? "ok" : JSON.stringify(result.error.issues)).toBe("ok");
    }
  });

  it("uses CPV codes and eForms codes that exist in the reference data", () => {
    const cpv = csvCodes("cpv-2008.csv");
    for (const plan of plans) {
      for (const code of [plan.input.mainCpv, ...(plan.input.additionalCpv ?? [])]) {
        expect(cpv.has(code), code).toBe(true);
      }
      for (const tag of plan.input.sustainability ?? []) {
        expect(csvCodes(`eforms-${tag.list}.csv`).has(tag.code), `${tag.list}/${tag.code}`).toBe(true);
      }
    }
  });

  it("covers every lifecycle state, visibility and confidence, with what each state needs", () => {
    expect(new Set(plans.map((p) => p.lifecycle.status))).toEqual(new Set(planStatuses));
    expect(new Set(plans.map((p) => p.input.visibility))).toEqual(new Set(["public", "internal", "draft"]));
    expect(new Set(plans.map((p) => p.input.confidence))).toEqual(new Set(["firm", "likely", "tentative"]));
    for (const { lifecycle } of plans) {
      if (lifecycle.status === "tender-published" || lifecycle.status === "contract-awarded") {
        expect(lifecycle.hilmaNotice).toMatch(/^20\d\d-\d{6}$/);
      }
      if (lifecycle.status === "contract-awarded") {
        expect(lifecycle.contractEnd).toMatch(/^20(2[7-9]|3[0-2])-\d\d-\d\d$/);
      }
      if (lifecycle.status === "cancelled") expect(lifecycle.cancelReason?.length).toBeGreaterThan(3);
    }
    const years = new Set(plans.map((p) => p.input.tenderYear));
    expect([...years].sort()).toEqual([2026, 2027, 2028]);
    expect(plans.some((p) => p.input.isDividedIntoLots)).toBe(true);
    expect(plans.some((p) => p.input.dialogueStart)).toBe(true);
    expect(plans.some((p) => p.input.valueCategory === "works")).toBe(true);
    expect(plans.some((p) => p.input.valueCategory === "social-health-services")).toBe(true);
  });

  it("writes Swedish titles for bilingual municipalities only, and English for a few", () => {
    const bilingual = new Set(demoPlanningProfiles.filter((p) => p.bilingual).map((p) => p.key));
    for (const key of ["helsinki", "espoo", "vantaa", "kauniainen", "kirkkonummi", "porvoo", "sipoo"]) {
      expect(bilingual.has(key)).toBe(true);
    }
    for (const plan of plans) {
      expect(Boolean(plan.input.title.sv), plan.organisationKey).toBe(bilingual.has(plan.organisationKey));
    }
    const english = plans.filter((p) => p.input.title.en).length;
    expect(english).toBeGreaterThan(3);
    expect(english).toBeLessThan(plans.length / 5);
  });

  it("gives every plan of an organisation its own title", () => {
    const titles = plans.map((p) => `${p.organisationKey}: ${p.input.title.fi}`);
    expect(titles.length - new Set(titles).size).toBe(0);
  });

  it("is deterministic", () => {
    const again = generateDemoPlans({ profiles: demoPlanningProfiles, idOf: (key) => `id-${key}` });
    expect(again).toEqual(plans);
  });
});

describe("demo plans (seeded)", () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let seedMs = 0;

  beforeAll(async () => {
    first = await createTestDatabase();
    second = await createTestDatabase();
    await loadReferenceData({ db: first.db });
    await loadReferenceData({ db: second.db });
    const started = performance.now();
    await seedDemoData({ db: first.db });
    seedMs = performance.now() - started;
    await seedDemoData({ db: second.db });
  }, 120_000);
  afterAll(async () => {
    await first?.dispose();
    await second?.dispose();
  });

  it("seeds every generated plan, quickly, with a public version for each public plan", async () => {
    console.info(`demo seed took ${Math.round(seedMs)} ms`);
    const [total] = await first.db.select({ value: count() }).from(plansPlan);
    expect(Number(total?.value)).toBe(plans.length);
    const [versions] = await first.db.select({ value: count() }).from(plansVersion);
    expect(Number(versions?.value)).toBe(plans.filter((p) => p.input.visibility === "public").length);
    const [eu] = await first.db
      .select({ value: count() })
      .from(plansPlan)
      .where(eq(plansPlan.valueBand, "eu"));
    expect(Number(eu?.value)).toBeGreaterThan(0);
  });

  it("records the same first-version snapshot as the plan commands would", async () => {
    const versions = await first.db.select().from(plansVersion).orderBy(asc(plansVersion.planId)).limit(40);
    for (const version of versions) {
      const loaded = await loadPlanSnapshot(first.db, version.planId);
      expect(version.snapshot).toEqual(JSON.parse(JSON.stringify(loaded)));
      expect(planSnapshotSchema.parse(version.snapshot)).toEqual(loaded);
      expect(version.version).toBe(1);
    }
  });

  it("gives the same titles on every seed and leaves a seeded database alone", async () => {
    const titles = (db: TestDatabase) =>
      db.db
        .select({ title: plansPlan.title })
        .from(plansPlan)
        .orderBy(asc(plansPlan.title))
        .then((rows) => rows.map((row) => JSON.stringify(row.title)).sort());
    expect(await titles(first)).toEqual(await titles(second));
    expect(await seedDemoData({ db: first.db })).toEqual({ seeded: false });
    const [total] = await first.db.select({ value: count() }).from(plansPlan);
    expect(Number(total?.value)).toBe(plans.length);
  });

  it("makes the demo companies interested in public plans of their trade, with one partner request", async () => {
    const interests = await first.db
      .select({ organisationId: interestPlanCompany.organisationId, mainCpv: plansPlan.mainCpv })
      .from(interestPlanCompany)
      .innerJoin(plansPlan, eq(plansPlan.id, interestPlanCompany.planId));
    expect(interests.length).toBeGreaterThanOrEqual(4);
    expect(new Set(interests.map((row) => row.organisationId)).size).toBe(2);
    const [requests] = await first.db.select({ value: count() }).from(partnersRequest);
    expect(Number(requests?.value)).toBe(1);
  });

  it("has a plan in each market-dialogue step, every tool with something to see", async () => {
    const steps = await first.db
      .select({ planId: dialogueStep.planId, kind: dialogueStep.kind })
      .from(dialogueStep);
    const kinds = new Set(steps.map((step) => step.kind));
    for (const kind of [
      "question.answered",
      "draft.opened",
      "meeting-round.opened",
      "meeting.booked",
      "rfi.opened",
      "rfi.responded",
      "rfi.summary-published",
      "event.published",
      "event.registered",
      "event.minutes-published",
      "contact.recorded",
    ])
      expect(kinds, kind).toContain(kind);
    expect(new Set(steps.map((step) => step.planId)).size).toBeGreaterThanOrEqual(5);
    // The public dialogue is open data: milestones and summaries for the plans it is on.
    const dialogue = await listPublicDialogue(first.db, {
      planIds: [...new Set(steps.map((step) => step.planId))],
      locale: "fi",
    });
    const all = [...dialogue.values()];
    expect(new Set(all.flatMap((plan) => plan.milestones.map((step) => step.kind)))).toEqual(
      new Set(["meeting-round", "rfi", "event", "draft"]),
    );
    expect(new Set(all.flatMap((plan) => plan.summaries.map((summary) => summary.kind)))).toEqual(
      new Set(["rfi", "event"]),
    );
  });
});
