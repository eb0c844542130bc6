import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { demoPassword } from "../../app/modules/demo/demo-data.ts";
import { describeInBrowser, launchChromium } from "../../app/test/browser.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { narrowScreenProblems, wcagTags } from "./crawl-support.ts";

// The header on a phone (issue 12 point 11): the brand, the language links and one Menu button take a
// small part of the first screen; the menu opens and closes by keyboard with JavaScript and without it;
// on a wide screen everything is shown and the button is not. And the API page at 320 px with a long
// public address, which once widened the page.

let server: TestServer;
let browser: Browser;
const phone = { width: 360, height: 740 };

beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  server = await startTestServer();
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function newContext(options: { javaScriptEnabled: boolean; email?: string; width?: number }) {
  const context = await browser.newContext({
    viewport: { ...phone, width: options.width ?? phone.width },
    javaScriptEnabled: options.javaScriptEnabled,
  });
  if (options.email) {
    const login = await context.request.post(`${server.url}/fi/login`, {
      form: { intent: "password", email: options.email, password: demoPassword },
      headers: { Origin: server.url },
      maxRedirects: 0,
    });
    expect(login.status()).toBe(302);
  }
  return context;
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
const isOpen = (page: Page) =>
  page.evaluate(() => (document.getElementById("site-menu") as HTMLDetailsElement).open);

/** Tabs from the top of the page to the menu button; returns how many presses it took. */
async function tabToMenu(page: Page): Promise<number> {
  for (let presses = 1; presses <= 12; presses++) {
    await page.keyboard.press("Tab");
    if ((await activeId(page)) === "site-menu-toggle") return presses;
  }
  throw new Error("the menu button was not reached by Tab");
}

/** The brand and the menu button side by side, not on top of each other. */
async function brandAndButtonApart(page: Page) {
  const brand = await page.locator(".brand").boundingBox();
  const toggle = await page.locator("#site-menu-toggle").boundingBox();
  expect(brand && toggle).toBeTruthy();
  if (brand && toggle) expect(brand.x + brand.width).toBeLessThanOrEqual(toggle.x);
}

describeInBrowser("the site header on a phone and on a wide screen", () => {
  it("takes little of a phone's first screen and opens, closes and follows links by keyboard", {
    timeout: 120_000,
  }, async () => {
    const context: BrowserContext = await newContext({
      javaScriptEnabled: true,
      email: "hankinnat@espoo.example",
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/fi/plans`);
    // The header took 283 px (38 %) of a 740 px screen for a buyer; now brand, languages and a button.
    const header = await page.locator(".site-header").boundingBox();
    expect(header?.height).toBeLessThanOrEqual(phone.height * 0.15);
    await brandAndButtonApart(page);
    expect(await page.locator("#site-menu-toggle").isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Hankinnat", exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole("link", { name: "På svenska" }).isVisible()).toBe(true);

    // Skip link, brand, the two other languages, then the menu button.
    expect(await tabToMenu(page)).toBe(5);
    await page.keyboard.press("Enter");
    expect(await isOpen(page)).toBe(true);
    expect(await page.getByRole("link", { name: "Hankinnat", exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Kirjaudu ulos" }).isVisible()).toBe(true);
    const snapshot = await page.locator("header").ariaSnapshot();
    expect(snapshot).toContain('navigation "Päävalikko"');
    expect(snapshot).toContain('navigation "Käyttäjä"');
    await page.keyboard.press("Tab");
    expect(await activeText(page)).toBe("Hankintakalenteri");
    // Escape closes the menu and puts focus back on its button; Space opens it again.
    await page.keyboard.press("Escape");
    expect(await isOpen(page)).toBe(false);
    expect(await activeId(page)).toBe("site-menu-toggle");
    await page.keyboard.press("Space");
    expect(await isOpen(page)).toBe(true);

    const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    expect(await narrowScreenProblems(page, "open menu")).toEqual([]);

    // A link followed from the open menu leads to a page with the menu closed.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await activeText(page)).toBe("Yritykset");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/fi\/companies$/);
    await expect.poll(() => isOpen(page)).toBe(false);
    await context.close();
  });

  it("works without JavaScript: the menu button opens the menu, and a wide screen shows it all", {
    timeout: 120_000,
  }, async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [locale, label, link] of [
      ["fi", "Valikko", "Yritykset"],
      ["sv", "Meny", "Företag"],
      ["en", "Menu", "Companies"],
    ] as const) {
      await page.setViewportSize(phone);
      await page.goto(`${server.url}/${locale}/`);
      expect(await page.locator("#site-menu-toggle").textContent()).toBe(label);
      expect(await page.getByRole("link", { name: link, exact: true }).isVisible()).toBe(false);
      for (const width of [360, 320]) {
        await page.setViewportSize({ ...phone, width });
        await brandAndButtonApart(page);
      }
      await page.setViewportSize(phone);
      expect(await tabToMenu(page)).toBe(5);
      await page.keyboard.press("Enter");
      expect(await isOpen(page)).toBe(true);
      expect(await page.getByRole("link", { name: link, exact: true }).isVisible()).toBe(true);
      await page.getByRole("link", { name: link, exact: true }).focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(new RegExp(`/${locale}/companies$`));
      expect(await isOpen(page)).toBe(false);

      // A wide screen: no button, every link shown, although no script opened the menu.
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await page.locator("#site-menu-toggle").isVisible()).toBe(false);
      expect(await page.getByRole("link", { name: link, exact: true }).isVisible()).toBe(true);
      expect(await page.locator(".account-nav a").first().isVisible()).toBe(true);
    }
    await context.close();
  });

  it("shows the menu without the button on a wide screen, with JavaScript", { timeout: 60_000 }, async () => {
    const context = await newContext({
      javaScriptEnabled: true,
      email: "hankinnat@espoo.example",
      width: 1280,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/sv/`);
    expect(await page.locator("#site-menu-toggle").isVisible()).toBe(false);
    // Opened once the page's script has run.
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await page.getByRole("link", { name: "Upphandlingar", exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Logga ut" }).isVisible()).toBe(true);
    // Narrowed to a phone the menu folds away behind its button, and widened it opens again.
    await page.setViewportSize(phone);
    await expect.poll(() => isOpen(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => isOpen(page)).toBe(true);
    await context.close();
  });

  it("wraps the API page's long addresses at 320 px", { timeout: 120_000 }, async () => {
    // A real installation's public address is longer than the test server's localhost one.
    const longAddress = await startTestServer({
      PUBLIC_URL: "https://hankintasilta-palvelu.uudenmaan-hankintaneuvonta.example.fi",
      AUTH_SECRET: "test-secret-that-is-long-enough-0123456789",
    });
    try {
      const context = await browser.newContext({ viewport: { width: 320, height: 740 } });
      const page = await context.newPage();
      for (const locale of ["fi", "sv", "en"]) {
        await page.goto(`${longAddress.url}/${locale}/api`);
        expect(await page.locator("main").textContent()).toContain(
          "uudenmaan-hankintaneuvonta.example.fi/api/v1/openapi.json",
        );
        expect(await narrowScreenProblems(page, `${locale} API page`)).toEqual([]);
      }
      await context.close();
    } finally {
      await longAddress.dispose();
    }
  });
});
