import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { demoUsers } from "../../app/modules/demo/demo-data.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { createPlan } from "../../app/modules/plans/create-plan.server.ts";
import { planInputSchema } from "../../app/modules/plans/schemas.ts";
import routes from "../../app/routes.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Every page route and endpoint, with who may use it. Each row is tried as every role and as an
// anonymous visitor: the allowed ones must get through, everyone else must be refused
// (anonymous → redirect to log-in, or 401/403/404; signed-in → 403 or the stated redirect).
type Role =
  | "anonymous"
  | "resident"
  | "buyer-admin"
  | "buyer"
  | "leadership"
  | "company-admin"
  | "company-member"
  | "advisor"
  | "platform-admin";

const roleAccounts: Record<Exclude<Role, "anonymous">, string> = {
  resident: "kuntalainen@example.fi",
  "buyer-admin": "hankinnat@espoo.example",
  buyer: "asiantuntija@espoo.example",
  leadership: "johto@espoo.example",
  "company-admin": "yrittaja@kirkas.example",
  "company-member": "myynti@kirkas.example",
  advisor: "neuvoja@neuvonta.example",
  "platform-admin": "admin@hankintasilta.example",
};
const allRoles = ["anonymous", ...Object.keys(roleAccounts)] as Role[];
const signedIn = allRoles.filter((role) => role !== "anonymous");
const espooStaff: Role[] = ["buyer-admin", "buyer", "leadership"];

type Check = {
  /** The route pattern from app/routes.ts this row covers. */
  route: string;
  what: string;
  allowed: Role[] | "everyone";
  request: (ids: Ids) => { method: "GET" | "POST" | "PATCH"; path: string; form?: Record<string, string> };
  /** How an allowed request looks: a status, or a status plus a text on the page. */
  success: { status: number; contains?: string; location?: RegExp };
  /** How a refusal looks for a signed-in person, when not 403 (e.g. the visitor-only pages redirect). */
  refusedSignedIn?: { status: number; location?: RegExp; lacks?: string };
  refusedAnonymous?: { status: number; location?: RegExp; lacks?: string };
};
type Ids = {
  espoo: string;
  kirkas: string;
  plan: string;
  publicPlan: string;
  draftPlan: string;
  internalPlan: string;
};

const matrix: Check[] = [
  {
    route: "/",
    what: "language redirect",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/" }),
    success: { status: 302 },
  },
  {
    route: "sitemap.xml",
    what: "sitemap",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/sitemap.xml" }),
    success: { status: 200, contains: "<urlset" },
  },
  {
    route: ":lang",
    what: "front page",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/" }),
    success: { status: 200 },
  },
  {
    route: ":lang/accessibility",
    what: "accessibility statement",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/sv/accessibility" }),
    success: { status: 200 },
  },
  {
    route: ":lang/privacy",
    what: "privacy notice",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/en/privacy" }),
    success: { status: 200 },
  },
  {
    route: ":lang/*",
    what: "not found",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/no-such-page" }),
    success: { status: 404 },
  },
  {
    route: ":lang/signup",
    what: "sign-up page (visitors only)",
    allowed: ["anonymous"],
    request: () => ({ method: "GET", path: "/fi/signup" }),
    success: { status: 200 },
    refusedSignedIn: { status: 302, location: /\/fi\/account$/ },
  },
  {
    route: ":lang/login",
    what: "log-in page (visitors only)",
    allowed: ["anonymous"],
    request: () => ({ method: "GET", path: "/fi/login" }),
    success: { status: 200 },
    refusedSignedIn: { status: 302, location: /\/fi\/account$/ },
  },
  {
    route: ":lang/logout",
    what: "log-out (GET goes home)",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/logout" }),
    success: { status: 302 },
  },
  {
    route: ":lang/forgot-password",
    what: "forgotten password",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/forgot-password" }),
    success: { status: 200 },
  },
  {
    route: ":lang/reset-password",
    what: "reset password form",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/reset-password?token=x" }),
    success: { status: 200 },
  },
  {
    route: ":lang/account",
    what: "own account",
    allowed: signedIn,
    request: () => ({ method: "GET", path: "/fi/account" }),
    success: { status: 200 },
  },
  {
    route: ":lang/account/export",
    what: "download my data",
    allowed: signedIn,
    request: () => ({ method: "GET", path: "/fi/account/export" }),
    success: { status: 200, contains: '"profile"' },
  },
  {
    route: ":lang/organisations",
    what: "organisation list",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/organisations" }),
    success: { status: 200 },
  },
  {
    route: ":lang/organisations",
    what: "register a company",
    allowed: signedIn,
    request: () => ({
      method: "POST",
      path: "/fi/organisations",
      form: { name: "Testi Oy", kind: "company", yTunnus: "3141593-8" },
    }),
    success: { status: 302, location: /\/fi\/organisations\/[\w-]+\?created=1$/ },
  },
  {
    route: ":lang/organisations",
    what: "create a municipality",
    allowed: ["platform-admin"],
    request: () => ({
      method: "POST",
      path: "/fi/organisations",
      form: { name: "Testikunta", kind: "municipality", municipalityCode: "091" },
    }),
    success: { status: 302, location: /\/fi\/organisations\/[\w-]+\?created=1$/ },
  },
  {
    route: ":lang/organisations/switch",
    what: "switch to an organisation one belongs to (Espoo)",
    allowed: [...espooStaff],
    request: (ids) => ({
      method: "POST",
      path: "/fi/organisations/switch",
      form: { organisationId: ids.espoo },
    }),
    success: { status: 302 },
  },
  {
    route: ":lang/organisations/:id",
    what: "organisation page",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.espoo}` }),
    success: { status: 200 },
  },
  {
    route: ":lang/organisations/:id",
    what: "member list of Espoo",
    allowed: [...espooStaff, "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.espoo}` }),
    success: { status: 200, contains: 'id="members-title"' },
    refusedSignedIn: { status: 200, lacks: 'id="members-title"' },
    refusedAnonymous: { status: 200, lacks: 'id="members-title"' },
  },
  {
    route: ":lang/organisations/:id",
    what: "invite to Espoo",
    allowed: ["buyer-admin", "platform-admin"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/organisations/${ids.espoo}`,
      form: { email: "uusi@espoo.example", role: "buyer" },
    }),
    success: { status: 200, contains: "Kutsu on lähetetty" },
  },
  {
    route: ":lang/organisations/:id/audit",
    what: "audit log of Espoo",
    allowed: ["buyer-admin", "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.espoo}/audit` }),
    success: { status: 200 },
  },
  {
    route: ":lang/organisations/:id/audit",
    what: "audit log of the cleaning company",
    allowed: ["company-admin", "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.kirkas}/audit` }),
    success: { status: 200 },
  },
  {
    route: ":lang/organisations/:id/api-tokens",
    what: "API tokens of Espoo",
    allowed: ["buyer-admin", "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.espoo}/api-tokens` }),
    success: { status: 200, contains: 'id="api-token-name"' },
  },
  {
    route: ":lang/organisations/:id/api-tokens",
    what: "create an API token for Espoo (without a name, so nothing is created)",
    allowed: ["buyer-admin", "platform-admin"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/organisations/${ids.espoo}/api-tokens`,
      form: { intent: "create", name: "" },
    }),
    success: { status: 400, contains: "Tämä tieto puuttuu." },
  },
  {
    route: ":lang/organisations/:id/api-tokens",
    what: "API tokens of the cleaning company (no plans, so no tokens)",
    allowed: [],
    request: (ids) => ({ method: "GET", path: `/fi/organisations/${ids.kirkas}/api-tokens` }),
    success: { status: 200 },
  },
  {
    route: ":lang/plans",
    what: "public forward plan with filters",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/plans?q=siivous&valueBand=eu&sort=value" }),
    success: { status: 200, contains: 'id="plans-q"' },
  },
  {
    route: ":lang/plans/timeline",
    what: "forward plan timeline",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/sv/plans/timeline" }),
    success: { status: 200 },
  },
  {
    route: ":lang/plans/forecast",
    what: "re-tender forecast",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/en/plans/forecast" }),
    success: { status: 200 },
  },
  {
    route: ":lang/plans/joint-candidates",
    what: "joint procurement candidates",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/plans/joint-candidates" }),
    success: { status: 200 },
  },
  {
    route: ":lang/plans/:id",
    what: "public plan page",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}` }),
    success: { status: 200, contains: "Matriisin julkinen suunnitelma" },
  },
  {
    route: ":lang/plans/:id",
    what: "draft plan page (Espoo's editors only)",
    allowed: ["buyer-admin", "buyer", "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.draftPlan}` }),
    success: { status: 200, contains: "Matriisin luonnos" },
    refusedSignedIn: { status: 404, lacks: "Matriisin luonnos" },
    refusedAnonymous: { status: 404, lacks: "Matriisin luonnos" },
  },
  {
    route: ":lang/plans/:id",
    what: "internal plan page (Espoo's members only)",
    allowed: [...espooStaff, "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.internalPlan}` }),
    success: { status: 200, contains: "Matriisin sisäinen suunnitelma" },
    refusedSignedIn: { status: 404, lacks: "Matriisin sisäinen suunnitelma" },
    refusedAnonymous: { status: 404, lacks: "Matriisin sisäinen suunnitelma" },
  },
  {
    route: ":lang/invitations/:id",
    what: "unknown invitation",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/invitations/nope" }),
    success: { status: 404 },
  },
  {
    route: ":lang/workspace/plans/import",
    what: "spreadsheet import (the active organisation's buyers)",
    allowed: ["buyer-admin", "buyer"],
    request: () => ({ method: "GET", path: "/fi/workspace/plans/import" }),
    success: { status: 200 },
  },
  {
    route: ":lang/workspace/plans/sheet/:file",
    what: "forward-plan export (members of a contracting authority)",
    allowed: ["buyer-admin", "buyer", "leadership"],
    request: () => ({ method: "GET", path: "/fi/workspace/plans/sheet/export.csv" }),
    success: { status: 200, contains: "title_fi" },
  },
  {
    route: ":lang/unsubscribe",
    what: "unsubscribe page (the signed token, not a session, authorises)",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/unsubscribe?token=forged.token" }),
    success: { status: 200, contains: "Peruutuslinkki on virheellinen" },
  },
  {
    route: ":lang/dev/mail",
    what: "development e-mails (local installation without SMTP only)",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/dev/mail" }),
    success: { status: 200 },
  },
  {
    route: ":lang/dev/mail/:file",
    what: "a development e-mail outside the mail folder",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/dev/mail/..%2F..%2Fpackage.json" }),
    success: { status: 404 },
  },
  {
    route: ":lang/workspace/plans",
    what: "workspace: the active organisation's plans",
    allowed: [...espooStaff],
    request: () => ({ method: "GET", path: "/fi/workspace/plans" }),
    success: { status: 200, contains: "Hankintasuunnitelmat" },
  },
  {
    route: ":lang/workspace/plans/new",
    what: "workspace: new plan form",
    allowed: ["buyer-admin", "buyer"],
    request: () => ({ method: "GET", path: "/fi/workspace/plans/new" }),
    success: { status: 200, contains: 'id="plan-title-fi"' },
  },
  {
    route: ":lang/workspace/plans/new",
    what: "workspace: CPV search in the new plan form (saves nothing)",
    allowed: ["buyer-admin", "buyer"],
    request: () => ({
      method: "POST",
      path: "/fi/workspace/plans/new",
      form: { intent: "searchCpv", cpvQuery: "90910000" },
    }),
    success: { status: 200, contains: "Valitse pääkoodiksi 90910000" },
  },
  {
    route: ":lang/workspace/plans/:id",
    what: "workspace: an Espoo draft plan",
    allowed: [...espooStaff],
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.plan}` }),
    success: { status: 200, contains: "Matriisin luonnos" },
  },
  {
    route: ":lang/workspace/plans/:id",
    what: "workspace: archive an Espoo plan (unconfirmed, so nothing happens)",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}`,
      form: { intent: "archive" },
    }),
    success: { status: 400, contains: "Vahvista arkistointi" },
  },
  {
    route: ":lang/workspace/plans/:id/edit",
    what: "workspace: edit an Espoo plan",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.plan}/edit` }),
    success: { status: 200, contains: "Matriisin luonnos" },
  },
  {
    route: ":lang/workspace/plans/:id/edit",
    what: "workspace: CPV search in the edit form (saves nothing)",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}/edit`,
      form: { intent: "searchCpv", cpvQuery: "siivous" },
    }),
    success: { status: 200, contains: "Valitse pääkoodiksi" },
  },
  {
    route: "/health",
    what: "health",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/health" }),
    success: { status: 200 },
  },
  {
    route: "/api/auth/*",
    what: "better-auth answers only GET links; its POST endpoints are closed",
    allowed: [],
    request: () => ({
      method: "POST",
      path: "/api/auth/sign-in/email",
      form: { email: "a@b.fi", password: "x" },
    }),
    success: { status: 200 },
    refusedSignedIn: { status: 404 },
    refusedAnonymous: { status: 404 },
  },
  {
    route: ":lang/api",
    what: "open data documentation",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/sv/api" }),
    success: { status: 200, contains: "/api/v1/openapi.json" },
  },
  {
    route: "/api/v1/plans",
    what: "open data: public plans",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/plans" }),
    success: { status: 200, contains: '"license"' },
  },
  {
    route: "POST /api/v1/plans",
    what: "write API: a session cookie is not an API token (401 for everyone)",
    allowed: [],
    request: () => ({ method: "POST", path: "/api/v1/plans", form: { title: "x" } }),
    success: { status: 201 },
    refusedSignedIn: { status: 401 },
    refusedAnonymous: { status: 401 },
  },
  {
    route: "PATCH /api/v1/plans/{id}",
    what: "write API: change a plan (a session cookie is not an API token: 401 for everyone)",
    allowed: [],
    request: (ids) => ({
      method: "PATCH",
      path: `/api/v1/plans/${ids.draftPlan}`,
      form: { tenderYear: "2031" },
    }),
    success: { status: 200 },
    refusedSignedIn: { status: 401 },
    refusedAnonymous: { status: 401 },
  },
  {
    route: "POST /api/v1/plans/{id}/transitions",
    what: "write API: lifecycle transition (a session cookie is not an API token: 401 for everyone)",
    allowed: [],
    request: (ids) => ({
      method: "POST",
      path: `/api/v1/plans/${ids.draftPlan}/transitions`,
      form: { to: "market-research" },
    }),
    success: { status: 200 },
    refusedSignedIn: { status: 401 },
    refusedAnonymous: { status: 401 },
  },
  {
    route: "/api/v1/plans/{id}",
    what: "open data: one plan (unknown id is a 404 for everyone)",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/plans/00000000-0000-0000-0000-000000000000" }),
    success: { status: 404 },
  },
  {
    route: "/api/v1/ocds/releases",
    what: "open data: OCDS release package",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/ocds/releases" }),
    success: { status: 200, contains: '"releases"' },
  },
  {
    route: "/api/v1/ocds/records/{ocid}",
    what: "open data: OCDS record (unknown ocid is a 404 for everyone)",
    allowed: "everyone",
    request: () => ({
      method: "GET",
      path: "/api/v1/ocds/records/ocds-hanksi-00000000-0000-0000-0000-000000000000",
    }),
    success: { status: 404 },
  },
  {
    route: "/api/v1/openapi.json",
    what: "open data: OpenAPI document",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/openapi.json" }),
    success: { status: 200, contains: '"openapi":"3.1.0"' },
  },
];

// Creates the plan the workspace rows use (as a platform administrator, outside the HTTP checks).
const matrixAdmin: Viewer = {
  userId: "matrix-test",
  name: "Matrix",
  email: "matrix@example.fi",
  locale: "fi",
  isPlatformAdmin: true,
  memberships: [],
  activeOrganisationId: null,
};

let server: TestServer;
const cookies = new Map<Role, string>();
let ids: Ids;

beforeAll(async () => {
  server = await startTestServer();
  const rows = await server.services.database.db
    .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
    .from(organisationsOrganisation);
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  const espoo = bySlug.get("espoo") ?? "";
  const plan = await createPlan({
    services: server.services,
    viewer: matrixAdmin,
    organisationId: espoo,
    input: planInputSchema.parse({
      title: { fi: "Matriisin luonnos" },
      need: { fi: "Testi." },
      mainCpv: "90910000",
      noLotsReason: { fi: "Pieni hankinta." },
    }),
  });
  const database = server.services.database;
  ids = {
    espoo,
    plan: plan.ok ? plan.planId : "",
    kirkas: bySlug.get("kirkas") ?? "",
    publicPlan: await createFixturePlan(database, espoo, { title: { fi: "Matriisin julkinen suunnitelma" } }),
    draftPlan: await createFixturePlan(database, espoo, {
      title: { fi: "Matriisin luonnos" },
      visibility: "draft",
    }),
    internalPlan: await createFixturePlan(database, espoo, {
      title: { fi: "Matriisin sisäinen suunnitelma" },
      visibility: "internal",
    }),
  };
  for (const [role, email] of Object.entries(roleAccounts))
    cookies.set(role as Role, await logInAs(server.url, email));
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

async function send(check: Check, role: Role) {
  const { method, path, form } = check.request(ids);
  const cookie = cookies.get(role);
  if (method === "POST") return postForm(server.url, path, form ?? {}, cookie);
  if (method === "PATCH")
    return fetch(`${server.url}${path}`, {
      method,
      redirect: "manual",
      headers: {
        "Content-Type": "application/json",
        Origin: server.url,
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: JSON.stringify(form ?? {}),
    });
  return fetch(`${server.url}${path}`, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
}

function flattenRoutes(entries: typeof routes, prefix = ""): string[] {
  return entries.flatMap((entry) => {
    const path = entry.index ? prefix || "/" : [prefix, entry.path].filter(Boolean).join("/");
    return [
      ...(entry.index || entry.children ? [] : [path]),
      ...(entry.index ? [path] : []),
      ...flattenRoutes(entry.children ?? [], path),
    ];
  });
}

describe("authorization matrix", () => {
  it("covers every page route in app/routes.ts", () => {
    const declared = new Set(flattenRoutes(routes));
    const covered = new Set(matrix.map((check) => check.route));
    expect(declared).toContain(":lang/organisations/:id/audit");
    expect(declared.size).toBeGreaterThanOrEqual(17);
    expect([...declared].filter((route) => !covered.has(route))).toEqual([]);
  });

  it("has a demo account for every role", () => {
    for (const email of Object.values(roleAccounts))
      expect(demoUsers.some((u) => u.email === email)).toBe(true);
  });

  for (const check of matrix) {
    for (const role of allRoles) {
      const allowed = check.allowed === "everyone" || check.allowed.includes(role);
      it(`${check.what}: ${role} is ${allowed ? "allowed" : "refused"}`, async () => {
        const response = await send(check, role);
        const body = await response.text();
        const expected = allowed
          ? check.success
          : role === "anonymous"
            ? (check.refusedAnonymous ?? { status: 302, location: /\/fi\/login\?next=/ })
            : (check.refusedSignedIn ?? { status: 403 });
        expect(response.status, body.slice(0, 300)).toBe(expected.status);
        if ("location" in expected && expected.location)
          expect(response.headers.get("location")).toMatch(expected.location);
        if ("contains" in expected && expected.contains) expect(body).toContain(expected.contains);
        if ("lacks" in expected && expected.lacks) expect(body).not.toContain(expected.lacks);
      });
    }
  }
});
