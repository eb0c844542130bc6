import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 12 point 8: the home page confirms an account deletion and its resident card leads somewhere.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.dispose();
});

const page = async (path: string) => (await fetch(`${server.url}${path}`, { redirect: "manual" })).text();

describe("the home page", () => {
  it.each([
    ["fi", "Käyttäjätilisi ja sen henkilötiedot on poistettu."],
    ["sv", "Ditt användarkonto och dess personuppgifter har raderats."],
    ["en", "Your account and its personal data have been deleted."],
  ])("/%s/?deleted=1 confirms the deletion", async (locale, text) => {
    expect(await page(`/${locale}/?deleted=1`)).toContain(text);
    expect(await page(`/${locale}/`)).not.toContain(text);
  });

  it("has no card that links back to the home page", async () => {
    const html = await page("/fi/");
    const cards = html.slice(html.indexOf('id="audiences-title"'));
    expect(cards).not.toMatch(/href="\/fi\/"/);
    expect(cards).toContain('href="/fi/plans"');
  });
});
