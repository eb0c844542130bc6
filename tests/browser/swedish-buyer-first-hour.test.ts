import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, launchChromium } from "../../app/test/browser.ts";
import { createOcdsValidators } from "../../app/test/ocds-schemas.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 12's acceptance, the buyer's half: the first hour of a Swedish-speaking buyer (the demo's
// buyer administrator of Porvoo, Borgå) on a 360 px phone. Log-in lands on the workspace; a plan written
// in Swedish only is saved, previewed and published; its public page and open data are Swedish; an edit
// with a reason shows in the version history as old → new. No page it visits scrolls sideways.
// Screenshots of each page in sv at 360 px (and the workspace pages in fi and en) go to SHOTS when set.

let server: TestServer;
let browser: Browser;
const shots = process.env.SHOTS;
const title = "Skolskjutsar i Borgå 2028";
const newTitle = "Skol- och daghemsskjutsar i Borgå 2028";
const need = "Trygga resor för elever och barn som bor långt från skolan eller daghemmet.";

beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  server = await startTestServer();
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/** The page fits its width: nothing scrolls sideways (names the widest element when it does). */
async function expectNoOverflow(page: Page) {
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = [...document.querySelectorAll("body *")].filter(
      (element) => element.getBoundingClientRect().right > width + 0.5,
    );
    return {
      overflow: document.documentElement.scrollWidth - width,
      widest: over
        .slice(0, 3)
        .map(
          (element) => `<${element.tagName.toLowerCase()} id="${element.id}" class="${element.className}">`,
        )
        .join(" "),
    };
  });
  expect(overflow, `${page.url()} overflows: ${widest}`).toBeLessThanOrEqual(0);
}

async function shoot(page: Page, name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/swedish-buyer-${name}.png`, fullPage: true });
}

describeInBrowser("in Chromium", () => {
  it("a Swedish-speaking buyer writes, previews and publishes a Swedish-only plan and reads its history", {
    timeout: 180_000,
  }, async () => {
    const context = await browser.newContext({ locale: "sv-FI", viewport: { width: 360, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();

    // Log-in lands on the page a buyer uses most: the workspace's plan list.
    await page.goto(`${server.url}/sv/login`);
    await expectNoOverflow(page);
    await page.fill("#login-email", "upphandling@porvoo.example");
    await page.fill("#login-password", "Hankintasilta-demo-2026");
    await page.click("#login-submit");
    await page.waitForURL(/\/sv\/workspace\/plans$/);
    await expectNoOverflow(page);
    await shoot(page, "workspace");

    // A plan with Swedish texts only; the sections that start closed are opened as a person would.
    await page.click("#workspace-new-plan");
    await page.waitForURL(/\/sv\/workspace\/plans\/new$/);
    await expectNoOverflow(page);
    await page.fill("#plan-title-sv", title);
    await page.fill("#plan-need-sv", need);
    await page.fill("#plan-mainCpv", "60130000");
    await page.fill("#plan-estimatedValueEur", "240000");
    await page.fill("#plan-noLotsReason-sv", "Ett enda avtal täcker alla rutter i staden.");
    await page.click("#plan-section-timeline > summary");
    await page.fill("#plan-tenderYear", "2028");
    await page.selectOption("#plan-tenderQuarter", "2");
    await expectNoOverflow(page);
    await shoot(page, "form");
    await page.click("#plan-save");
    await page.waitForURL(/\/sv\/workspace\/plans\/[\w-]+\?created=1$/);
    const planId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await expect.poll(() => page.locator("h1").textContent()).toBe(title);
    await expectNoOverflow(page);

    // Publish: a preview of the public page in Swedish, then a confirmed step.
    await page.click("#plan-publish-link");
    await page.waitForURL(`${server.url}/sv/workspace/plans/${planId}/publish`);
    expect(await page.locator(".publish-preview-title").textContent()).toBe(title);
    expect(await page.locator(".publish-preview").textContent()).toContain(need);
    expect(await page.locator(".publish-preview").textContent()).toContain("Borgå stad");
    await expectNoOverflow(page);
    await shoot(page, "preview");
    await page.check("#publish-confirm");
    await page.click("#publish-submit");
    await page.waitForURL(/\?published=1$/);
    await expectNoOverflow(page);

    // The public page, in Swedish, and in Finnish with the Swedish text marked as Swedish.
    await page.click("#plan-public-page");
    await page.waitForURL(`${server.url}/sv/plans/${planId}`);
    await expect.poll(() => page.locator("h1").textContent()).toBe(title);
    await expectNoOverflow(page);
    await shoot(page, "public");
    const visitor = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const anonymous = await visitor.newPage();
    await anonymous.goto(`${server.url}/fi/plans/${planId}`);
    await expect.poll(() => anonymous.locator("h1").textContent()).toBe(title);
    expect(await anonymous.locator("h1 [lang='sv'], h1[lang='sv']").count()).toBe(1);
    await expectNoOverflow(anonymous);
    await visitor.close();

    // Open data: the OCDS release of a Swedish-only plan is a Swedish release.
    const api = (await (await fetch(`${server.url}/api/v1/plans/${planId}`)).json()) as {
      data: { ocid: string; title: Record<string, string> };
    };
    expect(api.data.title).toEqual({ sv: title });
    const record = await (await fetch(`${server.url}/api/v1/ocds/records/${api.data.ocid}`)).json();
    expect(record.records[0].compiledRelease).toMatchObject({ language: "sv", tender: { title } });
    expect(createOcdsValidators().recordPackageErrors(record)).toBe("");

    // An edit of the public plan asks for a reason; the history shows the change as old → new.
    await page.goto(`${server.url}/sv/workspace/plans/${planId}`);
    await page.click(`a[href="/sv/workspace/plans/${planId}/edit"]`);
    await page.waitForURL(`${server.url}/sv/workspace/plans/${planId}/edit`);
    await expectNoOverflow(page);
    await page.fill("#plan-title-sv", newTitle);
    await page.click("#plan-save");
    await page.locator(".error-summary").waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ""))
      .toContain("error-summary");
    await expectNoOverflow(page);
    await page.fill("#plan-changeReason", "Daghemmen kom med i upphandlingen.");
    await page.click("#plan-save");
    await page.waitForURL(/\/sv\/workspace\/plans\/[\w-]+\?saved=1$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe(newTitle);
    const latest = page.locator("section[aria-labelledby='versions-title'] ol > li").first();
    expect(await latest.textContent()).toContain("Daghemmen kom med i upphandlingen.");
    expect(await latest.locator(".version-old").first().textContent()).toBe(title);
    expect(await latest.locator(".version-new").first().textContent()).toBe(newTitle);
    expect(await page.locator("section[aria-labelledby='versions-title'] ol > li").count()).toBe(2);
    await expectNoOverflow(page);
    await shoot(page, "history");

    // The same workspace pages fit in the other languages, the Swedish texts shown where Finnish is missing.
    for (const locale of ["fi", "en"]) {
      for (const path of [
        `/workspace/plans`,
        `/workspace/plans/${planId}`,
        `/workspace/plans/${planId}/edit`,
      ]) {
        await page.goto(`${server.url}/${locale}${path}`);
        await expectNoOverflow(page);
      }
      await page.goto(`${server.url}/${locale}/workspace/plans/${planId}`);
      expect(await latest.locator(".version-new").first().textContent()).toBe(newTitle);
      await shoot(page, `history-${locale}`);
    }
    await context.close();
  });
});
