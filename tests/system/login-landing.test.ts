import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../app/modules/demo/demo-data.ts";
import { cookieFrom } from "../../app/test/http-session.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 12 point 12: logging in lands on the page the person's role uses most, unless the page that
// asked for the log-in is given as `next`.
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const logIn = (email: string, path = "/fi/login") =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
    body: new URLSearchParams({ intent: "password", email, password: demoPassword }),
  });

describe("log-in landing", () => {
  it.each([
    ["asiantuntija@espoo.example", "/fi/workspace/plans"],
    ["hankinnat@espoo.example", "/fi/workspace/plans"],
    ["johto@espoo.example", "/fi/plans"],
    ["yrittaja@kirkas.example", "/fi/company"],
    ["neuvoja@neuvonta.example", "/fi/account"],
  ])("%s lands on %s", async (email, landing) => {
    const response = await logIn(email);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(landing);
  });

  it("keeps `next` when given, in the page's language", async () => {
    const response = await logIn("asiantuntija@espoo.example", "/sv/login?next=%2Fsv%2Fwatches");
    expect(response.headers.get("location")).toBe("/sv/watches");
    const swedish = await logIn("johto@espoo.example", "/sv/login");
    expect(swedish.headers.get("location")).toBe("/sv/plans");
    const outside = await logIn("yrittaja@kirkas.example", "/en/login?next=%2F%2Fevil.example");
    expect(outside.headers.get("location")).toBe("/en/company");
  });

  it("sends a person who is already logged in to their landing page (or `next`)", async () => {
    const cookie = cookieFrom(await logIn("asiantuntija@espoo.example"));
    const again = await fetch(`${server.url}/en/login`, { redirect: "manual", headers: { Cookie: cookie } });
    expect(again.headers.get("location")).toBe("/en/workspace/plans");
    const next = await fetch(`${server.url}/en/login?next=%2Fen%2Faccount`, {
      redirect: "manual",
      headers: { Cookie: cookie },
    });
    expect(next.headers.get("location")).toBe("/en/account");
  });
});
