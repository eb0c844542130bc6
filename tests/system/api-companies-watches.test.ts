import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interestPlanCompany } from "../../app/modules/interest/tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { logInAs } from "../../app/test/http-session.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// The company directory (public part) and the caller's own watches under /api/v1 (issue 4 §8), on the
// demo data: the cleaning company's profile and its administrator's watch.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

async function get(path: string) {
  const response = await fetch(`${server.url}${path}`);
  const text = await response.text();
  return { response, text, json: () => JSON.parse(text) };
}

describe("company directory and watches API", () => {
  it("lists listed companies by CPV and region, without contact persons, and refuses unknown parameters", async () => {
    const { response, json } = await get("/api/v1/companies?cpv=90900000&region=01");
    expect(response.status).toBe(200);
    const body = json() as { meta: { total: number }; data: { id: string; name: string }[] };
    expect(body.data.map((company) => company.name)).toContain("Siivouspalvelu Kirkas Oy");
    expect(JSON.stringify(body)).not.toContain("@kirkas.example");
    const kirkas = body.data.find((company) => company.name === "Siivouspalvelu Kirkas Oy")?.id ?? "";
    const one = await get(`/api/v1/companies/${kirkas}`);
    expect(one.response.status).toBe(200);
    const profile = (one.json() as { data: Record<string, unknown> }).data;
    expect(profile.offering).toContain("90910000");
    expect(profile).not.toHaveProperty("contacts");
    expect(JSON.stringify(profile)).not.toContain("@kirkas.example");
    expect((await get("/api/v1/companies?colour=blue")).response.status).toBe(400);
    expect((await get("/api/v1/companies/00000000-0000-4000-8000-000000000000")).response.status).toBe(404);
  });

  it("gives the signed-in person their own watches, uncached, and anonymous callers a 401", async () => {
    const anonymous = await fetch(`${server.url}/api/v1/watches`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("application/problem+json");
    const cookie = await logInAs(server.url, "yrittaja@kirkas.example");
    const own = await fetch(`${server.url}/api/v1/watches`, { headers: { Cookie: cookie } });
    expect(own.status).toBe(200);
    expect(own.headers.get("cache-control")).toBe("private, no-store");
    const watches = ((await own.json()) as { data: { name: string; criteria: { cpv: string[] } }[] }).data;
    expect(watches.map((watch) => watch.name)).toContain("Siivous Uusimaa");
    const other = await fetch(`${server.url}/api/v1/watches`, {
      headers: { Cookie: await logInAs(server.url, "hankinnat@espoo.example") },
    });
    expect(((await other.json()) as { data: unknown[] }).data).toEqual([]);
  });

  it("tells how many companies are interested in a public plan, never which, and keeps it current", async () => {
    const { database } = server.services;
    const organisationId = async (slug: string) =>
      (
        await database.db
          .select({ id: organisationsOrganisation.id })
          .from(organisationsOrganisation)
          .where(eq(organisationsOrganisation.slug, slug))
      )[0]?.id ?? "";
    const planId = await createFixturePlan(database, await organisationId("espoo"));
    const interested = async () =>
      ((await get(`/api/v1/plans/${planId}`)).json() as { data: { interestedCompanies: number } }).data
        .interestedCompanies;
    expect(await interested()).toBe(0);
    const kirkas = await organisationId("kirkas");
    await database.db
      .insert(interestPlanCompany)
      .values({ planId, organisationId: kirkas, note: "Salainen" });
    // The answer cached a moment ago gives way to the new count.
    expect(await interested()).toBe(1);
    const { text } = await get(`/api/v1/plans/${planId}`);
    expect(text).not.toContain(kirkas);
    expect(text).not.toContain("Salainen");
    const list = (await get("/api/v1/plans")).json() as {
      data: { id: string; interestedCompanies: number }[];
    };
    expect(list.data.find((plan) => plan.id === planId)?.interestedCompanies).toBe(1);
  });
});
