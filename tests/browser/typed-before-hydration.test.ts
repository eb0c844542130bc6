import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { describeInBrowser, launchChromium } from "../../app/test/browser.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// On a slow connection a person types before the page's JavaScript has loaded. React hydrates a text
// area by setting it back to the text the server sent, so an edit made then was lost without a word
// (found by the market dialogue journey: a buyer's neutral rewording of a company's question was
// replaced by the company's original). app/lib/keep-typed-text.ts puts it back; here the scripts are
// held until the typing is done, so the race is certain, not timing-dependent.

let server: TestServer;
let browser: Browser;
let planId = "";
beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  server = await startTestServer();
  browser = await launchChromium();
  const [espoo] = await server.services.database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  planId = await createFixturePlan(server.services.database, espoo?.id ?? "", {
    title: { fi: "Hidas yhteys" },
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describeInBrowser("typing before the page's scripts have loaded", () => {
  it("keeps what was typed into a text area and an input once the page hydrates", {
    timeout: 120_000,
  }, async () => {
    const context = await browser.newContext();
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${server.url}/fi/login`);
    await page.fill("#login-email", "asiantuntija@espoo.example");
    await page.fill("#login-password", "Hankintasilta-demo-2026");
    await page.click("#login-submit");
    await page.waitForURL((url) => !url.pathname.endsWith("/login"));

    let letScriptsLoad = () => {};
    const scriptsHeld = new Promise<void>((release) => {
      letScriptsLoad = release;
    });
    let scriptsAsked = 0;
    await page.route(/\.js(\?|$)/, async (route) => {
      scriptsAsked += 1;
      await scriptsHeld;
      await route.continue();
    });
    await page.goto(`${server.url}/fi/workspace/plans/${planId}/edit`, { waitUntil: "domcontentloaded" });
    const need = page.locator("textarea").first();
    const title = page.locator("input[type=text]").first();
    expect(await need.inputValue()).not.toBe("");
    await need.fill("Kirjoitettu ennen kuin sivun skriptit latautuivat.");
    await title.fill("Uusi otsikko ennen skriptejä");
    letScriptsLoad();
    // Hydrated: the router has put its state on the window and the page's scripts have all loaded.
    await page.waitForFunction(() => "__reactRouterRouteModules" in window);
    await page.waitForLoadState("networkidle");
    expect(scriptsAsked).toBeGreaterThan(0);
    expect(await need.inputValue()).toBe("Kirjoitettu ennen kuin sivun skriptit latautuivat.");
    expect(await title.inputValue()).toBe("Uusi otsikko ennen skriptejä");
    await context.close();
  });
});
