import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimit, rateLimits } from "../../app/modules/accounts/rate-limit.server.ts";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { auditLog } from "../../app/modules/audit/tables.ts";
import { demoApiToken } from "../../app/modules/demo/demo-data.ts";
import { createApiToken } from "../../app/modules/open-data/create-api-token.server.ts";
import { revokeApiToken } from "../../app/modules/open-data/revoke-api-token.server.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { archivePlan } from "../../app/modules/plans/archive-plan.server.ts";
import { loadPlanSnapshot } from "../../app/modules/plans/plan-record.server.ts";
import { plansPlan, plansVersion } from "../../app/modules/plans/tables.ts";
import { createFixturePlan, fixtureAdmin } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// PATCH /api/v1/plans/{id} and POST /api/v1/plans/{id}/transitions with an organisation API token: the
// forms' validation, authorization, versions and audit, problem JSON for every refusal, nothing partial saved.

let server: TestServer;
let espoo: string;
let vantaa: string;
let token: string;
let tokenId: string;
let admin: Viewer;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.services.database;
  const organisations = await db.select().from(organisationsOrganisation);
  espoo = organisations.find((row) => row.slug === "espoo")?.id ?? "";
  vantaa = organisations.find((row) => row.slug === "vantaa")?.id ?? "";
  const [user] = await db
    .select()
    .from(accountsUser)
    .where(eq(accountsUser.email, "hankinnat@espoo.example"));
  if (!espoo || !vantaa || !user) throw new Error("demo data missing");
  admin = {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: "fi",
    isPlatformAdmin: false,
    memberships: [
      { organisationId: espoo, name: "Espoon kaupunki", kind: "municipality", role: "buyer-admin" },
    ],
    activeOrganisationId: espoo,
  };
  ({ id: tokenId, token } = await createApiToken({
    services: server.services,
    viewer: admin,
    organisationId: espoo,
    name: "Talousjärjestelmä",
  }));
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

type Json = Record<string, unknown>;
async function call(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    response,
    status: response.status,
    json: (text ? JSON.parse(text) : {}) as Json & { data?: Json },
  };
}
const patch = (id: string, body: unknown, headers?: Record<string, string>) =>
  call("PATCH", `/plans/${id}`, body, headers);
const transition = (id: string, body: unknown, headers?: Record<string, string>) =>
  call("POST", `/plans/${id}/transitions`, body, headers);

const snapshotOf = (id: string) => loadPlanSnapshot(server.services.database.db, id);
const versionsOf = async (id: string) =>
  server.services.database.db
    .select()
    .from(plansVersion)
    .where(eq(plansVersion.planId, id))
    .orderBy(desc(plansVersion.version));
const lastAudit = async (entityId: string, action: string) => {
  const [row] = await server.services.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
};
function expectProblem(result: Awaited<ReturnType<typeof call>>, status: number, type: string) {
  expect(result.status, JSON.stringify(result.json)).toBe(status);
  expect(result.response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(result.json).toMatchObject({ status });
  expect(String(result.json.type)).toMatch(new RegExp(`/en/api#problem-${type}$`));
}

describe("PATCH /api/v1/plans/{id}", () => {
  it("changes a public plan with a reason: a new public version, audited as the token", async () => {
    const id = await createFixturePlan(server.services.database, espoo);
    const before = await versionsOf(id);
    const result = await patch(id, {
      estimatedValueEur: 520_000,
      title: { sv: null, en: "Cleaning of schools" },
      changeReason: "Arvio päivitetty markkinakartoituksen jälkeen.",
    });
    expect(result.status, JSON.stringify(result.json)).toBe(200);
    expect(result.response.headers.get("etag")).toMatch(/^"w-[\w-]+"$/);
    const plan = result.json.data?.plan as Json;
    expect(plan.estimatedValueEur).toBe(520_000);
    expect(plan.title).toEqual({ fi: "Koulujen siivouspalvelut", en: "Cleaning of schools" });
    const versions = await versionsOf(id);
    expect(versions.length).toBe(before.length + 1);
    expect(versions[0]?.reason).toBe("Arvio päivitetty markkinakartoituksen jälkeen.");
    expect(Object.keys(versions[0]?.changes ?? {}).sort()).toEqual(["estimatedValueEur", "title"]);
    const publicPlan = await (await fetch(`${server.url}/api/v1/plans/${id}`)).json();
    expect(publicPlan.data.estimatedValue).toEqual({ amount: 520_000, currency: "EUR" });
    const audit = await lastAudit(id, "plans.update");
    expect(audit?.actorId).toBe(admin.userId);
    expect(audit?.summary).toMatchObject({ apiToken: { id: tokenId, name: "Talousjärjestelmä" } });
  });

  it("refuses a change to a public plan without a reason: 400 on changeReason, nothing saved", async () => {
    const id = await createFixturePlan(server.services.database, espoo);
    const before = await snapshotOf(id);
    for (const reason of [undefined, "", "  "]) {
      const result = await patch(id, {
        tenderYear: 2031,
        ...(reason === undefined ? {} : { changeReason: reason }),
      });
      expectProblem(result, 400, "invalid-body");
      expect(result.json.errors).toEqual([
        { name: "changeReason", reason: "plans.errors.changeReasonRequired" },
      ]);
    }
    expect(await snapshotOf(id)).toEqual(before);
  });

  it("merges into a draft without a reason: null removes, arrays are replaced, no public version", async () => {
    const id = await createFixturePlan(server.services.database, espoo, {
      visibility: "draft",
      contactName: "Helmi Hankkija",
      additionalCpv: ["90911200"],
    });
    const result = await patch(id, {
      contactName: null,
      additionalCpv: ["90919200", "90911000"],
      isDividedIntoLots: true,
      lots: [{ title: { fi: "Pohjoinen" }, estimatedValueEur: 100_000 }, { title: { fi: "Etelä" } }],
    });
    expect(result.status, JSON.stringify(result.json)).toBe(200);
    const saved = await snapshotOf(id);
    expect(saved.contactName).toBeNull();
    expect(saved.additionalCpv).toEqual(["90911000", "90919200"]);
    expect(saved.isDividedIntoLots).toBe(true);
    expect(saved.noLotsReason).toBeNull();
    expect((saved.lots as unknown[]).length).toBe(2);
    expect(await versionsOf(id)).toEqual([]);
  });

  it("saves an empty patch of a draft without changing anything (the round trip is exact)", async () => {
    const id = await createFixturePlan(server.services.database, espoo, {
      visibility: "draft",
      strategyGoal: { fi: "Hiilineutraali Espoo 2030" },
      dialogueStart: "2027-01-10",
      dialogueEnd: "2027-02-10",
      tenderMonth: 5,
      tenderQuarter: undefined,
      tenderYear: 2027,
      participants: [vantaa],
      isDividedIntoLots: true,
      lots: [{ title: { fi: "A", sv: "A" }, estimatedValueEur: 1000 }, { title: { fi: "B" } }],
      noLotsReason: undefined,
      sustainability: [
        { list: "strategic-procurement", code: "env-imp" },
        { list: "social-objective", code: "et-eq" },
      ],
      employmentCondition: true,
      contactEmail: "hankinnat@espoo.example",
    });
    const before = await snapshotOf(id);
    const result = await patch(id, {});
    expect(result.status, JSON.stringify(result.json)).toBe(200);
    expect(await snapshotOf(id)).toEqual(before);
  });

  it("answers 400 with field errors for invalid bodies and leaves the plan unchanged", async () => {
    const id = await createFixturePlan(server.services.database, espoo);
    const before = await snapshotOf(id);
    const cases: [unknown, { name: string; reason: string }[] | null][] = [
      // Neither official language left (Swedish alone would do: issue 12 point 3).
      [
        { title: { fi: "", sv: "" }, changeReason: "Testi" },
        [{ name: "title.fi", reason: "validation.required" }],
      ],
      [{ mainCpv: "abc", changeReason: "Testi" }, [{ name: "mainCpv", reason: "plans.errors.cpv" }]],
      [
        { estimatedValueEur: "paljon", changeReason: "Testi" },
        [{ name: "estimatedValueEur", reason: "validation.invalid" }],
      ],
      [
        { tenderMonth: 9, tenderQuarter: 1, changeReason: "Testi" },
        [{ name: "tenderMonth", reason: "plans.errors.monthNotInQuarter" }],
      ],
      [
        { status: "cancelled", foo: 1, changeReason: "Testi" },
        [
          { name: "status", reason: "validation.unknownField" },
          { name: "foo", reason: "validation.unknownField" },
        ],
      ],
      [{ changeReason: 5 }, [{ name: "changeReason", reason: "validation.invalid" }]],
      [{ mainCpv: "03000000", additionalCpv: ["99999999"], changeReason: "Testi" }, null],
      ["not json", null],
      ["[1, 2]", null],
    ];
    for (const [body, errors] of cases) {
      const result = await patch(id, body);
      expectProblem(result, 400, "invalid-body");
      if (errors) expect(result.json.errors, JSON.stringify(body)).toEqual(errors);
    }
    expect(await snapshotOf(id)).toEqual(before);
  });

  it("hides other organisations' unpublished plans (404), refuses their public plans (403)", async () => {
    const draft = await createFixturePlan(server.services.database, vantaa, { visibility: "draft" });
    const internal = await createFixturePlan(server.services.database, vantaa, { visibility: "internal" });
    const published = await createFixturePlan(server.services.database, vantaa);
    const before = await snapshotOf(published);
    for (const id of [draft, internal, "00000000-0000-0000-0000-000000000000", "not-a-uuid"])
      expectProblem(await patch(id, { tenderYear: 2031, changeReason: "Testi" }), 404, "not-found");
    expectProblem(await patch(published, { tenderYear: 2031, changeReason: "Testi" }), 403, "forbidden");
    expect(await snapshotOf(published)).toEqual(before);
  });

  it("checks If-Match against the plan's write ETag and its public GET ETag (412 when stale)", async () => {
    const id = await createFixturePlan(server.services.database, espoo);
    const read = await fetch(`${server.url}/api/v1/plans/${id}`);
    const publicEtag = read.headers.get("etag") ?? "";
    const first = await patch(
      id,
      { tenderYear: 2031, changeReason: "Aikataulu" },
      { "If-Match": publicEtag },
    );
    expect(first.status).toBe(200);
    const writeEtag = first.response.headers.get("etag") ?? "";
    expectProblem(
      await patch(id, { tenderYear: 2032, changeReason: "Aikataulu" }, { "If-Match": publicEtag }),
      412,
      "precondition-failed",
    );
    expectProblem(
      await patch(id, { tenderYear: 2032, changeReason: "Aikataulu" }, { "If-Match": `W/${writeEtag}` }),
      412,
      "precondition-failed",
    );
    const second = await patch(
      id,
      { tenderYear: 2032, changeReason: "Aikataulu" },
      { "If-Match": writeEtag },
    );
    expect(second.status).toBe(200);
    expect((await snapshotOf(id)).tenderYear).toBe(2032);
  });

  it("refuses archived plans with 409", async () => {
    const id = await createFixturePlan(server.services.database, espoo, { visibility: "draft" });
    await archivePlan({ services: server.services, viewer: fixtureAdmin, planId: id });
    expectProblem(await patch(id, { tenderYear: 2031 }), 409, "archived");
    expectProblem(await transition(id, { to: "market-research" }), 409, "archived");
  });
});

describe("POST /api/v1/plans/{id}/transitions", () => {
  it("moves a plan through its lifecycle, audited as the token, with a public version", async () => {
    const id = await createFixturePlan(server.services.database, espoo);
    const result = await transition(id, { to: "market-dialogue" });
    expect(result.status, JSON.stringify(result.json)).toBe(200);
    expect(result.json.data).toMatchObject({ id, status: "market-dialogue", visibility: "public" });
    const published = await transition(id, { to: "tender-published", hilmaNotice: "2027-012345" });
    expect(published.status).toBe(200);
    const saved = await snapshotOf(id);
    expect(saved).toMatchObject({ status: "tender-published", hilmaNotice: "2027-012345" });
    const audit = await lastAudit(id, "plans.transition");
    expect(audit?.summary).toMatchObject({
      from: "market-dialogue",
      to: "tender-published",
      apiToken: { id: tokenId, name: "Talousjärjestelmä" },
    });
    expect((await versionsOf(id)).length).toBe(3);
  });

  it("needs the field the new status needs (400), refuses moves the lifecycle does not allow (409)", async () => {
    const id = await createFixturePlan(server.services.database, espoo, { visibility: "draft" });
    const noNotice = await transition(id, { to: "tender-published" });
    expectProblem(noNotice, 400, "invalid-body");
    expect(noNotice.json.errors).toEqual([{ name: "hilmaNotice", reason: "plans.errors.hilmaRequired" }]);
    const badDate = await transition(id, { to: "contract-awarded", contractEnd: "31.12.2030" });
    expect(badDate.json.errors).toEqual([{ name: "contractEnd", reason: "plans.errors.date" }]);
    expectProblem(await transition(id, { to: "somewhere" }), 400, "invalid-body");
    expectProblem(await transition(id, { to: "idea", extra: 1 }), 400, "invalid-body");
    const notAllowed = await transition(id, { to: "contract-awarded", contractEnd: "2030-12-31" });
    expectProblem(notAllowed, 409, "transition-not-allowed");
    expect(String(notAllowed.json.detail)).toContain("tender-published");
    expect(notAllowed.json.errors).toEqual([{ name: "to", reason: "plans.errors.transitionNotAllowed" }]);
    expectProblem(await transition(id, { to: "idea" }), 409, "transition-not-allowed");
    expect((await snapshotOf(id)).status).toBe("idea");

    const cancelled = await transition(id, { to: "cancelled", cancelReason: "Tarve poistui." });
    expect(cancelled.status).toBe(200);
    expect(await snapshotOf(id)).toMatchObject({ status: "cancelled", cancelReason: "Tarve poistui." });
    const final = await transition(id, { to: "market-research" });
    expectProblem(final, 409, "transition-not-allowed");
    expect(String(final.json.detail)).toContain("final");
  });

  it("hides and refuses other organisations' plans like PATCH", async () => {
    const draft = await createFixturePlan(server.services.database, vantaa, { visibility: "draft" });
    const published = await createFixturePlan(server.services.database, vantaa);
    expectProblem(await transition(draft, { to: "market-research" }), 404, "not-found");
    expectProblem(await transition(published, { to: "market-research" }), 403, "forbidden");
    expect((await snapshotOf(published)).status).toBe("idea");
  });
});

describe("tokens", () => {
  it("answers 401 without a token, with a wrong one, and with a revoked one", async () => {
    const id = await createFixturePlan(server.services.database, espoo, { visibility: "draft" });
    const other = await createApiToken({
      services: server.services,
      viewer: admin,
      organisationId: espoo,
      name: "Poistuva",
    });
    const withToken = (value: string) => ({ Authorization: `Bearer ${value}` });
    expect((await patch(id, { tenderYear: 2031 }, withToken(other.token))).status).toBe(200);
    await revokeApiToken({ services: server.services, viewer: admin, tokenId: other.id });
    for (const headers of [withToken(other.token), withToken("hs_wrong"), { Authorization: "" }]) {
      const refused = await patch(id, { tenderYear: 2032 }, headers);
      expectProblem(refused, 401, "unauthorized");
      expect(refused.response.headers.get("www-authenticate")).toContain("Bearer");
      expectProblem(await transition(id, { to: "market-research" }, headers), 401, "unauthorized");
    }
    expect(await snapshotOf(id)).toMatchObject({ tenderYear: 2031, status: "idea" });
  });

  it("answers 429 with Retry-After once a token has made its writes for the hour, and changes nothing", async () => {
    const id = await createFixturePlan(server.services.database, espoo, { visibility: "draft" });
    const busy = await createApiToken({
      services: server.services,
      viewer: admin,
      organisationId: espoo,
      name: "Silmukka",
    });
    const withToken = { Authorization: `Bearer ${busy.token}` };
    for (let i = 1; i < rateLimits.apiWrites.limit; i += 1)
      await consumeRateLimit(server.services.database.db, `api-write:${busy.id}`, rateLimits.apiWrites);
    expect((await patch(id, { tenderYear: 2031 }, withToken)).status).toBe(200);
    const refused = await patch(id, { tenderYear: 2032 }, withToken);
    expectProblem(refused, 429, "rate-limited");
    expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expectProblem(await transition(id, { to: "market-research" }, withToken), 429, "rate-limited");
    expect(await snapshotOf(id)).toMatchObject({ tenderYear: 2031, status: "idea" });
    // Another token of the same organisation is not held back.
    expect((await patch(id, { tenderYear: 2033 })).status).toBe(200);
  });

  it("the demo token of Espoo works on a server with demo data", async () => {
    const demo = { Authorization: `Bearer ${demoApiToken.token}` };
    const created = await call(
      "POST",
      "/plans",
      {
        title: { fi: "Demoavaimella tuotu suunnitelma" },
        need: { fi: "Kokeillaan rajapintaa." },
        mainCpv: "90910000",
        noLotsReason: { fi: "Pieni hankinta." },
      },
      demo,
    );
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = String(created.json.data?.id);
    expect((await patch(id, { tenderYear: 2031 }, demo)).status).toBe(200);
    expect((await transition(id, { to: "market-research" }, demo)).status).toBe(200);
    const [row] = await server.services.database.db.select().from(plansPlan).where(eq(plansPlan.id, id));
    expect(row).toMatchObject({ organisationId: espoo, tenderYear: 2031, status: "market-research" });
    const audit = await lastAudit(id, "plans.transition");
    expect(audit?.summary).toMatchObject({ apiToken: { name: demoApiToken.name } });
  });
});
