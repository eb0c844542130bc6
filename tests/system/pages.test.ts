import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers, redirect: "manual" });

describe("pages and health", () => {
  it.each([
    ["fi-FI,fi;q=0.9", "/fi/"],
    ["sv-FI,sv;q=0.9", "/sv/"],
    ["en-US,en;q=0.9", "/en/"],
    ["", "/fi/"],
  ])("/ with Accept-Language %j redirects to %s", async (language, target) => {
    const response = await get("/", language ? { "Accept-Language": language } : {});
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(target);
  });

  it.each([
    ["fi", "Hyvää elämää kestävillä hankinnoilla"],
    ["sv", "Ett gott liv genom hållbar upphandling"],
    ["en", "A good life through sustainable procurement"],
  ])("/%s/ answers 200 in its language", async (locale, heading) => {
    const response = await get(`/${locale}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(new RegExp(`<html lang="${locale}"`));
    expect(html).toContain(heading);
    // Suomi.fi component styles are in the page itself, so it looks right before (or without) JavaScript.
    expect(html).toMatch(/<style data-styled="true"[^>]*>[^<]{100,}/);
  });

  it("answers 404 in the page language for unknown pages and locales", async () => {
    const inSwedish = await get("/sv/finns-inte");
    expect(inSwedish.status).toBe(404);
    expect(await inSwedish.text()).toContain("Sidan hittades inte");
    const unknownLocale = await get("/de/", { "Accept-Language": "en" });
    expect(unknownLocale.status).toBe(404);
    expect(await unknownLocale.text()).toContain('<html lang="en"');
  });

  it("reports health with a database check", async () => {
    const response = await get("/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("sends security headers and a CSP nonce on inline scripts", async () => {
    const response = await get("/en/");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    // HSTS only behind HTTPS.
    expect(response.headers.get("strict-transport-security")).toBeNull();
    const html = await response.text();
    const inlineScripts = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [];
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const tag of inlineScripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("refuses a cross-site form post", async () => {
    const response = await fetch(`${server.url}/en/`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
      body: "a=1",
    });
    expect(response.status).toBe(403);
  });

  it("answers 503 from /health when the database is down", async () => {
    // No demo data: this server only needs to start, and it starts inside the test's time limit.
    const other = await startTestServer({ SEED_DEMO_DATA: "false" });
    await other.services.database.close();
    const response = await fetch(`${other.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable" });
    await other.dispose().catch(() => {});
  });
});
