import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/app-error.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { auditLog } from "../audit/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { archivePlan } from "./archive-plan.server.ts";
import { createPlan } from "./create-plan.server.ts";
import { duplicatePlan } from "./duplicate-plan.server.ts";
import { planInputSchema } from "./schemas.ts";
import { plansLot, plansPlan } from "./tables.ts";
import { getWorkspacePlan, listOrganisationPlans } from "./workspace-queries.server.ts";

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
  memberships: [{ organisationId: espoo, name: "Espoo", kind: "municipality", role: "buyer" }],
  activeOrganisationId: espoo,
};
const leadership: Viewer = {
  ...buyer,
  memberships: [{ organisationId: espoo, name: "Espoo", kind: "municipality", role: "leadership" }],
};
const company: Viewer = {
  ...buyer,
  memberships: [{ organisationId: kirkas, name: "Kirkas Oy", kind: "company", role: "company-admin" }],
  activeOrganisationId: kirkas,
};

const input = (title: string, visibility: "draft" | "public" = "draft") =>
  planInputSchema.parse({
    title: { fi: title },
    need: { fi: "Tarve." },
    mainCpv: "90910000-9",
    estimatedValueEur: 50_000,
    isDividedIntoLots: true,
    lots: [{ title: { fi: "Osa 1" } }, { title: { fi: "Osa 2" } }],
    visibility,
  });

beforeAll(async () => {
  database = await createTestDatabase();
  services = { database };
  await loadReferenceData({ db: database.db });
  await database.db.insert(organisationsOrganisation).values([
    { id: espoo, name: "Espoo", slug: "espoo", kind: "municipality", municipalityCode: "049" },
    { id: kirkas, name: "Kirkas Oy", slug: "kirkas", kind: "company" },
  ]);
  for (const [title, visibility] of [
    ["Bussiliikenne", "public"],
    ["Atk-laitteet", "draft"],
    ["Catering", "draft"],
  ] as const) {
    await createPlan({ services, viewer: buyer, organisationId: espoo, input: input(title, visibility) });
  }
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

describe("workspace list", () => {
  it("sorts and filters the organisation's plans", async () => {
    const byTitle = await listOrganisationPlans({
      services,
      viewer: leadership,
      organisationId: espoo,
      filters: { sort: "title", direction: "asc" },
    });
    expect(byTitle.rows.map((row) => row.title.fi)).toEqual(["Atk-laitteet", "Bussiliikenne", "Catering"]);
    expect(byTitle.canEdit).toBe(false);
    const drafts = await listOrganisationPlans({
      services,
      viewer: buyer,
      organisationId: espoo,
      filters: { visibility: "draft", sort: "title", direction: "desc" },
    });
    expect(drafts.rows.map((row) => row.title.fi)).toEqual(["Catering", "Atk-laitteet"]);
    expect(drafts.total).toBe(2);
  });

  it("refuses people outside the organisation's buyers and leadership", async () => {
    for (const viewer of [company, null]) {
      await expect(
        listOrganisationPlans({ services, viewer, organisationId: espoo, filters: {} }),
      ).rejects.toThrow(AppError);
    }
    await expect(
      listOrganisationPlans({ services, viewer: company, organisationId: kirkas, filters: {} }),
    ).rejects.toThrow(AppError);
  });
});

describe("duplicate and archive", () => {
  it("duplicates a public plan as a draft idea with its lots; audited", async () => {
    const [source] = await database.db.select().from(plansPlan).where(eq(plansPlan.visibility, "public"));
    const copy = await duplicatePlan({ services, viewer: buyer, planId: source?.id ?? "" });
    const { plan } = await getWorkspacePlan({ services, viewer: buyer, planId: copy.planId });
    expect(plan).toMatchObject({ visibility: "draft", status: "idea", title: { fi: "Bussiliikenne" } });
    expect(await database.db.select().from(plansLot).where(eq(plansLot.planId, copy.planId))).toHaveLength(2);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, copy.planId));
    expect(audit.map((row) => row.action)).toEqual(["plans.duplicate"]);
    await expect(duplicatePlan({ services, viewer: leadership, planId: copy.planId })).rejects.toThrow(
      AppError,
    );
  });

  it("archives a plan out of the list; audited; only editors", async () => {
    const [plan] = await database.db.select().from(plansPlan).where(eq(plansPlan.visibility, "public"));
    const planId = plan?.id ?? "";
    await expect(archivePlan({ services, viewer: leadership, planId })).rejects.toThrow(AppError);
    await archivePlan({ services, viewer: buyer, planId });
    const [after] = await database.db.select().from(plansPlan).where(eq(plansPlan.id, planId));
    expect(after?.archivedAt).toBeInstanceOf(Date);
    const list = await listOrganisationPlans({ services, viewer: buyer, organisationId: espoo, filters: {} });
    expect(list.rows.some((row) => row.id === planId)).toBe(false);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, planId));
    expect(audit.map((row) => row.action)).toContain("plans.archive");
  });
});
