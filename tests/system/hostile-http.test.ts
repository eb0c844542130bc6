import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, demoUsers } from "../../app/modules/demo/demo-data.ts";
import { cookieFrom, logInAs } from "../../app/test/http-session.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { authLinkPaths } from "../../server/http/create-app.ts";

// The malformed requests a probe found answered with 500s, each answered with a 4xx and a clear
// message instead; and the two holes in what the log-in flow lets through (better-auth's session
// endpoints, a `next` that leads off the site).

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startTestServer();
  cookie = await logInAs(server.url, "hankinnat@espoo.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { redirect: "manual", headers });
const post = (path: string, contentType: string | undefined, body: string, withCookie = true) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      Origin: server.url,
      ...(contentType ? { "Content-Type": contentType } : {}),
      ...(withCookie ? { Cookie: cookie } : {}),
    },
    body,
  });

describe("a search with no letter or digit", () => {
  it.each(["%27", "_", "%25", "%20%27%20"])(
    "is a 400 with the reason on the page's search field (q=%s)",
    async (q) => {
      const response = await get(`/fi/plans?q=${q}`);
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain("Kirjoita hakuun vähintään yksi kirjain tai numero");
      expect(html).toContain('id="plans-q"');
    },
  );

  it.each([
    "/api/v1/plans",
    "/api/v1/plans.atom",
    "/api/v1/plans.ics",
    "/api/v1/plans.csv",
    "/api/v1/plans.xlsx",
  ])("is a 400 problem in the API and feeds (%s)", async (path) => {
    for (const q of ["%27", "_", "%25"]) {
      const response = await get(`${path}?q=${q}`);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(JSON.stringify(await response.json())).toContain("letter or a digit");
    }
  });

  it("still finds plans by a query with words among the punctuation", async () => {
    expect((await get("/fi/plans?q=%27siivous%27")).status).toBe(200);
    expect((await get("/api/v1/plans?q=%27siivous%27")).status).toBe(200);
  });
});

describe("a form post whose body is not a form", () => {
  const forms = [
    "/fi/login",
    "/fi/signup",
    "/fi/forgot-password",
    "/fi/reset-password",
    "/fi/account",
    "/fi/organisations/switch",
    "/fi/watches/new",
    "/fi/workspace/plans/new",
  ];
  it.each(forms)("is refused with the translated error page (%s)", async (path) => {
    for (const [type, body, status] of [
      ["text/plain", "intent=password&email=a@b.fi", 415],
      ["application/json", '{"intent":"password"}', 415],
      [undefined, "", 415],
      ["multipart/form-data; boundary=xx", "--xx\r\nbroken", 400],
      ["multipart/form-data", "intent=x", 400],
    ] as const) {
      const response = await post(path, type, body);
      expect(response.status, `${type} to ${path}`).toBe(status);
      // The switch has no page of its own (it redirects back), so its refusal is the error code.
      expect(await response.text()).toContain(
        path.endsWith("/switch") ? '"code":"bad_request"' : "Pyyntöä ei voitu lukea",
      );
    }
  });
});

describe("a malformed id in the path", () => {
  it.each([
    "/fi/companies/%00",
    "/fi/organisations/%00",
    "/fi/organisations/a%0Ab/audit",
    "/fi/invitations/%00",
    "/fi/plans/%00",
    "/fi/watches/not-a-uuid",
    "/fi/notifications/%27",
    "/fi/partners/threads/%00",
    "/fi/presentations/x/attachments/%00",
    `/fi/organisations/${"x".repeat(5000)}`,
  ])("is the translated 404 page (%s)", async (path) => {
    const response = await get(path, { Cookie: cookie });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Sivua ei löytynyt");
  });

  it("leaves React Router's route discovery alone (client-side navigation asks it first)", async () => {
    const response = await get("/__manifest?paths=%2Ffi%2Fsignup&version=unknown");
    expect(response.status).not.toBe(404);
    expect(response.status).toBeLessThan(500);
  });

  it("is a 404 problem in the API", async () => {
    for (const path of ["/api/v1/plans/%00", "/api/v1/companies/%00", "/api/v1/ocds/records/%00"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
    }
  });
});

describe("where the log-in page sends you next", () => {
  // Taking turns between the demo accounts keeps each under the log-in limit.
  let turn = 0;
  const logIn = (next: string) =>
    fetch(`${server.url}/fi/login?next=${next}`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
      body: new URLSearchParams({
        intent: "password",
        email: demoUsers[turn++ % demoUsers.length]?.email ?? "",
        password: demoPassword,
      }),
    });

  it.each([
    "/%09/evil.example",
    "%2F%09%2Fevil.example",
    "/%0A/evil.example",
    "/fi/%0D%0ASet-Cookie:%20x=1",
    "//evil.example",
    "/%5Cevil.example",
    "/\\evil.example",
    "https://evil.example/",
    "%2F%2Fevil.example",
    "/%2F/evil.example",
    "/fi/plans//evil.example",
    "javascript:alert(1)",
    "/fi/no-such-page",
    "/de/plans",
    "/api/auth/get-session",
    "/%00",
    `/fi/${"x".repeat(3000)}`,
  ])("goes to the person's landing page for a hostile next (%s)", async (next) => {
    const response = await logIn(next);
    expect(response.status).toBe(302);
    // The log-in takes turns between demo accounts, so the landing is the role's page (ADR 032), never `next`.
    expect(["/fi/account", "/fi/workspace/plans", "/fi/plans", "/fi/company"]).toContain(
      response.headers.get("location"),
    );
  });

  it("goes to a page the router knows, with its query", async () => {
    const response = await logIn(encodeURIComponent("/fi/plans?q=siivous&status=idea"));
    expect(response.headers.get("location")).toBe("/fi/plans?q=siivous&status=idea");
  });
});

describe("better-auth's own endpoints", () => {
  it("answers only the e-mail links (verification, magic link, password reset)", async () => {
    expect(authLinkPaths.map(String)).toEqual([
      "/^\\/api\\/auth\\/verify-email$/",
      "/^\\/api\\/auth\\/magic-link\\/verify$/",
      "/^\\/api\\/auth\\/reset-password\\/[^/]+$/",
    ]);
    // A bad token is better-auth's own refusal (a redirect or an error), not the closed door's 404.
    for (const path of [
      "/api/auth/verify-email?token=nonsense",
      "/api/auth/magic-link/verify?token=nonsense&callbackURL=/fi/account",
      "/api/auth/reset-password/nonsense?callbackURL=/fi/reset-password",
    ]) {
      const response = await get(path);
      expect(response.status, path).not.toBe(404);
    }
  });

  it.each([
    "/api/auth/get-session",
    "/api/auth/list-sessions",
    "/api/auth/ok",
    "/api/auth/organization/list",
    "/api/auth/organization/get-full-organization",
    "/api/auth/list-accounts",
  ])("answers 404 to %s, even with a session", async (path) => {
    const response = await get(path, { Cookie: cookie });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("token");
  });

  it("keeps the session cookie valid (it is not the cookie that is closed)", async () => {
    const account = await get("/fi/account", { Cookie: cookie });
    expect(account.status).toBe(200);
    expect(cookieFrom(account)).toBe("");
  });
});
