import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../app/lib/app-error.ts";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { auditLog } from "../../app/modules/audit/tables.ts";
import { createApiV1 } from "../../app/modules/open-data/api-v1.server.ts";
import { createApiToken } from "../../app/modules/open-data/create-api-token.server.ts";
import { revokeApiToken } from "../../app/modules/open-data/revoke-api-token.server.ts";
import { apiToken } from "../../app/modules/open-data/tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { createPlan } from "../../app/modules/plans/create-plan.server.ts";
import { planInputSchema } from "../../app/modules/plans/schemas.ts";
import { createOcdsValidators } from "../../app/test/ocds-schemas.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// The open data API over HTTP: JSON and OCDS for public plans only, problem JSON for bad input,
// ETag/Last-Modified with 304, CORS for GET, and every OCDS document valid against the official schemas.

let server: TestServer;
const publicPlans: { id: string; title: string }[] = [];
const hiddenPlans: { id: string; title: string }[] = [];
const bodies: string[] = [];
const validators = createOcdsValidators();

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  const text = await response.text();
  bodies.push(text);
  return { response, text, json: () => JSON.parse(text) };
}

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.services.database;
  const organisations = await db.select().from(organisationsOrganisation);
  const espoo = organisations.find((row) => row.slug === "espoo");
  const vantaa = organisations.find((row) => row.slug === "vantaa");
  if (!espoo) throw new Error("demo data has no Espoo");
  const buyer: Viewer = {
    userId: "api-test",
    name: "API-testi",
    email: "hankinnat@espoo.example",
    locale: "fi",
    isPlatformAdmin: false,
    memberships: [{ organisationId: espoo.id, name: espoo.name, kind: "municipality", role: "buyer" }],
    activeOrganisationId: espoo.id,
  };
  const plans = [
    { title: "Julkinen siivoussuunnitelma", visibility: "public", lots: true },
    { title: "Julkinen katuvalourakka", visibility: "public", lots: false },
    { title: "Julkinen ruokapalvelu", visibility: "public", lots: false },
    { title: "Salainen luonnos XYZ", visibility: "draft", lots: false },
    { title: "Sisäinen suunnitelma QWE", visibility: "internal", lots: true },
  ];
  for (const plan of plans) {
    const input = planInputSchema.parse({
      title: { fi: plan.title, sv: `${plan.title} (sv)` },
      need: { fi: `Tarve: ${plan.title}` },
      mainCpv: "90910000",
      participants: vantaa ? [vantaa.id] : [],
      estimatedValueEur: 250_000,
      tenderYear: 2027,
      tenderQuarter: 2,
      isDividedIntoLots: plan.lots,
      lots: plan.lots ? [{ title: { fi: "Osa A" } }, { title: { fi: "Osa B" } }] : [],
      noLotsReason: plan.lots ? undefined : { fi: "Yksi kokonaisuus" },
      sustainability: [{ list: "strategic-procurement", code: "env-imp" }],
      visibility: plan.visibility,
    });
    const result = await createPlan({
      services: server.services,
      viewer: buyer,
      organisationId: espoo.id,
      input,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    (plan.visibility === "public" ? publicPlans : hiddenPlans).push({ id: result.planId, title: plan.title });
  }
}, 120_000);

afterAll(async () => {
  // Drafts and internal plans appear in no output of any test in this file.
  const all = bodies.join("\n");
  for (const hidden of hiddenPlans) {
    expect(all).not.toContain(hidden.id);
    expect(all).not.toContain(hidden.title);
  }
  await server?.dispose();
});

describe("plans API", () => {
  it("lists public plans as JSON with the licence, CORS, ETag and Last-Modified", async () => {
    const { response, json } = await get("/api/v1/plans");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(Date.parse(response.headers.get("last-modified") ?? "")).not.toBeNaN();
    const body = json();
    expect(body.meta.license).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(body.data.map((plan: { id: string }) => plan.id).sort()).toEqual(
      publicPlans.map((p) => p.id).sort(),
    );
    expect(body.data[0]).not.toHaveProperty("visibility");
    expect(body.data[0]).not.toHaveProperty("createdBy");
  });

  it("answers 304 to If-None-Match and If-Modified-Since", async () => {
    const first = await get("/api/v1/plans?limit=2");
    const etag = first.response.headers.get("etag") ?? "";
    const again = await get("/api/v1/plans?limit=2", { "If-None-Match": etag });
    expect(again.response.status).toBe(304);
    expect(again.response.headers.get("etag")).toBe(etag);
    const since = await get("/api/v1/plans?limit=2", {
      "If-Modified-Since": first.response.headers.get("last-modified") ?? "",
    });
    expect(since.response.status).toBe(304);
    const changed = await get("/api/v1/plans?limit=2", { "If-None-Match": '"something-else"' });
    expect(changed.response.status).toBe(200);
  });

  it("pages with a cursor through every public plan", async () => {
    const seen: string[] = [];
    let path: string | null = "/api/v1/plans?limit=1";
    while (path) {
      const { json } = await get(path);
      const body = json();
      seen.push(...body.data.map((plan: { id: string }) => plan.id));
      path = body.links.next ? new URL(body.links.next).pathname + new URL(body.links.next).search : null;
    }
    expect(seen.sort()).toEqual(publicPlans.map((p) => p.id).sort());
  });

  it("filters by organisation and status", async () => {
    expect((await get("/api/v1/plans?organisation=espoo&status=idea")).json().data.length).toBe(3);
    expect((await get("/api/v1/plans?organisation=kirkas")).json().data).toEqual([]);
    expect((await get("/api/v1/plans?status=cancelled")).json().data).toEqual([]);
  });

  it("refuses bad query parameters with problem JSON and a 400", async () => {
    for (const query of ["limit=0", "limit=abc", "limit=1000", "status=nope", "cursor=garbage", "foo=1"]) {
      const { response, json } = await get(`/api/v1/plans?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const body = json();
      expect(body).toMatchObject({ status: 400, title: "Invalid query parameters" });
      expect(body.errors.length).toBeGreaterThan(0);
    }
    expect((await get("/api/v1/ocds/releases?limit=-1")).response.status).toBe(400);
    expect((await get("/api/v1/openapi.json?x=1")).response.status).toBe(400);
  });

  it("gives one public plan, and a 404 problem for drafts, internal plans and unknown ids", async () => {
    const plan = publicPlans[0];
    const { response, json } = await get(`/api/v1/plans/${plan?.id}`);
    expect(response.status).toBe(200);
    expect(json().data).toMatchObject({
      id: plan?.id,
      title: { fi: plan?.title },
      organisation: { slug: "espoo" },
    });
    for (const id of [
      ...hiddenPlans.map((p) => p.id),
      "00000000-0000-0000-0000-000000000000",
      "not-a-uuid",
    ]) {
      const missing = await fetch(`${server.url}/api/v1/plans/${id}`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect((await missing.json()).status).toBe(404);
    }
  });

  it("allows cross-origin GET (preflight) without credentials", async () => {
    const response = await fetch(`${server.url}/api/v1/plans`, {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("still answers unknown API paths with the JSON 404", async () => {
    const { response, json } = await get("/api/v1/nothing-here");
    expect(response.status).toBe(404);
    expect(json()).toEqual({ error: "not_found" });
  });
});

describe("OCDS API", () => {
  it("serves valid release packages, paged with links.next, with every public plan once", async () => {
    const ocids: string[] = [];
    let path: string | null = "/api/v1/ocds/releases?limit=2";
    while (path) {
      const { response, json } = await get(path);
      expect(response.status).toBe(200);
      const body = json();
      expect(validators.releasePackageErrors(body)).toBe("");
      expect(body).toMatchObject({ version: "1.1", license: "https://creativecommons.org/licenses/by/4.0/" });
      expect(body.publicationPolicy).toMatch(/\/en\/api$/);
      expect(body.extensions.length).toBeGreaterThan(0);
      ocids.push(...body.releases.map((release: { ocid: string }) => release.ocid));
      path = body.links?.next ? new URL(body.links.next).pathname + new URL(body.links.next).search : null;
    }
    expect(ocids.sort()).toEqual(publicPlans.map((plan) => `ocds-hanksi-${plan.id}`).sort());
  });

  it("serves a valid record package per public plan, 404 for others", async () => {
    for (const plan of publicPlans) {
      const { response, json } = await get(`/api/v1/ocds/records/ocds-hanksi-${plan.id}`);
      expect(response.status).toBe(200);
      const body = json();
      expect(validators.recordPackageErrors(body)).toBe("");
      expect(body.records[0].compiledRelease).toMatchObject({
        tag: ["compiled"],
        tender: { status: "planned" },
      });
      expect(body.records[0]).not.toHaveProperty("versionedRelease");
      const again = await get(`/api/v1/ocds/records/ocds-hanksi-${plan.id}`, {
        "If-None-Match": response.headers.get("etag") ?? "",
      });
      expect(again.response.status).toBe(304);
    }
    for (const ocid of [
      ...hiddenPlans.map((p) => `ocds-hanksi-${p.id}`),
      `ocds-other1-${publicPlans[0]?.id}`,
      "x",
    ]) {
      // fetched directly: the problem JSON repeats the requested path, which names the hidden plan
      expect((await fetch(`${server.url}/api/v1/ocds/records/${ocid}`)).status).toBe(404);
    }
  });
});

describe("OpenAPI", () => {
  it("describes every endpoint in OpenAPI 3.1", async () => {
    const { response, json } = await get("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const document = json();
    expect(document.openapi).toBe("3.1.0");
    // Every route the API registers (method and path) is described, and nothing else.
    const registered = createApiV1(server.services)
      .routes.filter((route) => route.method !== "ALL")
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
    const described = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`),
    );
    expect([...new Set(described)].sort()).toEqual([...new Set(registered)].sort());
    expect(document.info.license.identifier).toBe("CC-BY-4.0");
    // The write operations need the API token; their request schemas come from the forms' Zod schemas.
    expect(document.components.securitySchemes.apiToken).toMatchObject({ type: "http", scheme: "bearer" });
    for (const operation of [
      document.paths["/plans"].post,
      document.paths["/plans/{id}"].patch,
      document.paths["/plans/{id}/transitions"].post,
    ])
      expect(operation.security).toEqual([{ apiToken: [] }]);
    expect(document.paths["/plans"].get.security).toBeUndefined();
    expect(document.components.schemas.PlanInput.required).toEqual(["title", "need", "mainCpv"]);
    expect(document.components.schemas.PlanPatch.properties.changeReason).toBeDefined();
    expect(document.components.schemas.Transition.oneOf.length).toBe(4);
  });
});

describe("API documentation page", () => {
  it.each([
    ["fi", "Avoin data ja rajapinta"],
    ["sv", "Öppna data och gränssnitt"],
    ["en", "Open data and API"],
  ])("/%s/api lists the endpoints, examples and the licence, linked from the footer", async (lang, title) => {
    const { response, text } = await get(`/${lang}/api`);
    expect(response.status).toBe(200);
    expect(text).toContain(title);
    for (const path of [
      "/api/v1/plans",
      "/api/v1/plans/{id}",
      "PATCH /api/v1/plans/{id}",
      "POST /api/v1/plans/{id}/transitions",
      "/api/v1/ocds/releases",
      "/api/v1/ocds/records/{ocid}",
    ])
      expect(text).toContain(path);
    expect(text).toContain(`${server.url}/api/v1/openapi.json`);
    expect(text).toContain("https://creativecommons.org/licenses/by/4.0/");
    expect(text).toContain('id="problem-invalid-parameters"');
    expect(text).toContain('id="problem-transition-not-allowed"');
    expect(text).toContain('id="api-write"');
    const front = await get(`/${lang}/`);
    expect(front.text).toContain(`href="/${lang}/api"`);
  });
});

describe("write API with organisation tokens", () => {
  it("creates a plan with a buyer-admin's token, refuses bad input and revoked tokens; audited", async () => {
    const { db } = server.services.database;
    const [user] = await db
      .select()
      .from(accountsUser)
      .where(eq(accountsUser.email, "hankinnat@espoo.example"));
    const [espoo] = await db
      .select()
      .from(organisationsOrganisation)
      .where(eq(organisationsOrganisation.slug, "espoo"));
    if (!user || !espoo) throw new Error("demo data missing");
    const admin: Viewer = {
      userId: user.id,
      name: user.name,
      email: user.email,
      locale: "fi",
      isPlatformAdmin: false,
      memberships: [
        { organisationId: espoo.id, name: espoo.name, kind: "municipality", role: "buyer-admin" },
      ],
      activeOrganisationId: espoo.id,
    };
    const buyerOnly: Viewer = {
      ...admin,
      memberships: [{ ...admin.memberships[0], role: "buyer" } as Viewer["memberships"][number]],
    };
    await expect(
      createApiToken({ services: server.services, viewer: buyerOnly, organisationId: espoo.id, name: "x" }),
    ).rejects.toThrow(AppError);
    const { id, token } = await createApiToken({
      services: server.services,
      viewer: admin,
      organisationId: espoo.id,
      name: "Talousjärjestelmä",
    });
    const [stored] = await db.select().from(apiToken).where(eq(apiToken.id, id));
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);

    const post = (body: unknown, authorization?: string) =>
      fetch(`${server.url}/api/v1/plans`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          ...(authorization ? { Authorization: authorization } : {}),
        },
        body: JSON.stringify(body),
      });
    const plan = {
      title: { fi: "Rajapinnasta tuotu suunnitelma", sv: "Plan från gränssnittet" },
      need: { fi: "Tarve kuvataan tuloksina." },
      mainCpv: "90910000",
      noLotsReason: { fi: "Pieni hankinta" },
      visibility: "public",
    };
    const anonymous = await post(plan);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect((await post(plan, "Bearer hs_wrong")).status).toBe(401);

    const invalid = await post({ ...plan, title: { fi: "" }, mainCpv: "99999999" }, `Bearer ${token}`);
    expect(invalid.status).toBe(400);
    const problemBody = await invalid.json();
    expect(problemBody.errors).toContainEqual({ name: "title.fi", reason: "validation.required" });

    const created = await post(plan, `Bearer ${token}`);
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(created.headers.get("location")).toBe(data.url);
    const listed = (await get("/api/v1/plans?limit=100")).json();
    expect(listed.data.map((p: { id: string }) => p.id)).toContain(data.id);
    const [used] = await db.select().from(apiToken).where(eq(apiToken.id, id));
    expect(used?.lastUsedAt).not.toBeNull();

    await revokeApiToken({ services: server.services, viewer: admin, tokenId: id });
    expect((await post(plan, `Bearer ${token}`)).status).toBe(401);
    const audit = await db.select().from(auditLog).where(eq(auditLog.organisationId, espoo.id));
    const actions = audit.map((row) => row.action);
    expect(actions).toContain("open-data.create-api-token");
    expect(actions).toContain("open-data.revoke-api-token");
    expect(audit.find((row) => row.entityId === data.id)?.actorId).toBe(user.id);
  });
});
