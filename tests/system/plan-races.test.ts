import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import { createApiToken } from "../../app/modules/open-data/create-api-token.server.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { archivePlan } from "../../app/modules/plans/archive-plan.server.ts";
import { loadPlanSnapshot } from "../../app/modules/plans/plan-record.server.ts";
import { plansPlan, plansVersion } from "../../app/modules/plans/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { createFixturePlan, fixtureAdmin } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Writes that race over HTTP against the real server: the write API's If-Match and lifecycle checks and
// the workspace edit form of an archived plan. On PostgreSQL the server's pool of 10 connections lets
// the twenty requests run side by side; on PGlite they run one after another and only the outcome counts.

let server: TestServer;
let espoo = "";
let token = "";
let buyer = "";
const racers = 20;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.services.database;
  const [organisation] = await db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  const [user] = await db
    .select()
    .from(accountsUser)
    .where(eq(accountsUser.email, "hankinnat@espoo.example"));
  if (!organisation || !user) throw new Error("demo data missing");
  espoo = organisation.id;
  ({ token } = await createApiToken({
    services: server.services,
    viewer: {
      userId: user.id,
      name: user.name,
      email: user.email,
      locale: "fi",
      isPlatformAdmin: false,
      memberships: [{ organisationId: espoo, name: "Espoo", kind: "municipality", role: "buyer-admin" }],
      activeOrganisationId: espoo,
    },
    organisationId: espoo,
    name: "Kilpajuoksu",
  }));
  buyer = await logInAs(server.url, "asiantuntija@espoo.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const api = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
const versionsOf = async (planId: string) =>
  (
    await server.services.database.db
      .select({ version: plansVersion.version })
      .from(plansVersion)
      .where(eq(plansVersion.planId, planId))
      .orderBy(asc(plansVersion.version))
  ).map((row) => row.version);
const statusCounts = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, status) => {
    counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }, {});

describe("racing writes over HTTP", () => {
  it("answers one of twenty PATCHes with the same If-Match 200 and the others 412", async () => {
    const planId = await createFixturePlan(server.services.database, espoo);
    const etag = (await fetch(`${server.url}/api/v1/plans/${planId}`)).headers.get("etag");
    expect(etag).toBeTruthy();
    const responses = await Promise.all(
      Array.from({ length: racers }, (_, index) =>
        api(
          "PATCH",
          `/plans/${planId}`,
          { tenderYear: 2031 + index, changeReason: "Aikataulu tarkentui" },
          { "If-Match": etag ?? "" },
        ),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statusCounts(statuses)).toEqual({ 200: 1, 412: racers - 1 });
    const winner = responses[statuses.indexOf(200)];
    const written = (await winner?.json()) as { data: { plan: { tenderYear: number } } };
    const [plan] = await server.services.database.db.select().from(plansPlan).where(eq(plansPlan.id, planId));
    expect(plan?.tenderYear).toBe(written.data.plan.tenderYear);
    expect(await versionsOf(planId)).toEqual([1, 2]);
  });

  it("lets one of twenty transitions (award or cancel) through and refuses the rest with 409", async () => {
    const planId = await createFixturePlan(server.services.database, espoo);
    const published = await api("POST", `/plans/${planId}/transitions`, {
      to: "tender-published",
      hilmaNotice: "2030-654321",
    });
    expect(published.status).toBe(200);
    const responses = await Promise.all(
      Array.from({ length: racers }, (_, index) =>
        api(
          "POST",
          `/plans/${planId}/transitions`,
          index % 2 === 0
            ? { to: "contract-awarded", contractEnd: "2034-12-31" }
            : { to: "cancelled", reason: "Tarve poistui." },
        ),
      ),
    );
    expect(statusCounts(responses.map((response) => response.status))).toEqual({ 200: 1, 409: racers - 1 });
    const [plan] = await server.services.database.db.select().from(plansPlan).where(eq(plansPlan.id, planId));
    expect(plan?.status === "cancelled" ? plan.contractEnd : plan?.cancelReason).toBeNull();
    expect(await versionsOf(planId)).toEqual([1, 2, 3]);
  });
});

describe("the edit form of an archived plan", () => {
  it("saves nothing and says in the reader's language that the plan is archived (409)", async () => {
    const planId = await createFixturePlan(server.services.database, espoo, { visibility: "internal" });
    await archivePlan({ services: server.services, viewer: fixtureAdmin, planId });
    const before = await loadPlanSnapshot(server.services.database.db, planId);
    const response = await postForm(
      server.url,
      `/sv/workspace/plans/${planId}/edit`,
      {
        intent: "save",
        "title.fi": "Arkistoidun otsikko muuttui",
        "need.fi": "Tarve.",
        mainCpv: "90910000-9",
        valueCategory: "goods-services",
        "noLotsReason.fi": "Yksi sopimus.",
        confidence: "likely",
        visibility: "internal",
      },
      buyer,
    );
    expect(response.status).toBe(409);
    const page = await response.text();
    expect(page).toContain("Planen är arkiverad och kan inte längre ändras.");
    expect(page).toContain('value="Arkistoidun otsikko muuttui"');
    expect(await loadPlanSnapshot(server.services.database.db, planId)).toEqual(before);
  });
});
