import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { demoPassword } from "../../app/modules/demo/demo-data.ts";
import { validateNoticeXml } from "../../app/modules/notices/validate-notice.server.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { describeInBrowser, launchChromium } from "../../app/test/browser.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { analyzeInto } from "./crawl-support.ts";

// Issue 14's acceptance journey: a buyer creates an E1 notice from a plan in market dialogue, downloads
// it (valid against the eForms schema), records the Hilma address after Hilma published it, and the
// public plan page links to the notice. On a phone (360 px), checked with axe.

let server: TestServer;
let browser: Browser;
let planId: string;
const hilmaAddress = "https://www.hankintailmoitukset.fi/fi/public/procurement/98765/notice/112233/overview";

beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  server = await startTestServer();
  browser = await launchChromium();
  const { database } = server.services;
  const [espoo] = (await database.db.select().from(organisationsOrganisation)).filter(
    (row) => row.slug === "espoo",
  );
  if (!espoo) throw new Error("demo data missing");
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  planId = await createFixturePlan(database, espoo.id, {
    title: { fi: "Kotihoidon toiminnanohjausjärjestelmä", sv: "Verksamhetsstyrningssystem för hemvården" },
    need: {
      fi: "Kotihoidon käyntien suunnittelu ja kirjaaminen yhteen järjestelmään.",
      sv: "Planering av hembesök.",
    },
    mainCpv: "48000000",
    dialogueStart: day(14),
    dialogueEnd: day(56),
    tenderYear: new Date().getFullYear() + 1,
    tenderQuarter: 3,
    contactName: "Maija Hankkija",
    contactEmail: "maija.hankkija@espoo.example",
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function go(page: Page, path: string) {
  await page.goto(`${server.url}${path}`);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

describeInBrowser("in Chromium", () => {
  it("a buyer creates an E1, downloads it, records the Hilma address and the plan page links to it", async () => {
    const context = await browser.newContext({ locale: "fi-FI", viewport: { width: 360, height: 740 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await go(page, "/fi/login");
    await page.fill("#login-email", "hankinnat@espoo.example");
    await page.fill("#login-password", demoPassword);
    await page.click("#login-submit");
    await page.waitForURL((url) => !url.pathname.endsWith("/login"));

    await go(page, `/fi/workspace/plans/${planId}`);
    await page.click("#plan-notice-link");
    await page.waitForURL(`${server.url}/fi/workspace/plans/${planId}/notice`);
    expect(await page.locator("#notice-type-E1").isChecked()).toBe(true);
    expect(await page.locator("#notice-ready").textContent()).toContain("eForms-skeemaa");
    expect(await page.locator("#notice-summary").textContent()).toContain(
      "Kotihoidon toiminnanohjausjärjestelmä",
    );
    const problems: string[] = [];
    await analyzeInto(page, problems, "notice page");
    expect(problems).toEqual([]);

    // The download: the XML the buyer takes to Hilma, valid before it leaves.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#notice-download")]);
    expect(download.suggestedFilename()).toMatch(/^E1-[0-9a-f-]{36}\.xml$/);
    const xml = readFileSync(await download.path(), "utf8");
    expect(validateNoticeXml(xml)).toEqual({ valid: true });
    expect(xml).toContain(">pmc</cbc:NoticeTypeCode>");
    expect(xml).toContain("Verksamhetsstyrningssystem för hemvården");

    // A wrong address is refused with the error summary focused; the Hilma address is recorded.
    await page.fill("#notice-reference", "https://hilma.example/notice/1");
    await page.click("#notice-record-submit");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ""))
      .toContain("error-summary");
    expect(await page.locator("#notice-reference-error").textContent()).toContain("hankintailmoitukset.fi");
    await page.fill("#notice-reference", hilmaAddress);
    await page.click("#notice-record-submit");
    await page.locator("#notice-recorded").waitFor();
    expect(await page.locator("#notice-recorded-list a").getAttribute("href")).toBe(hilmaAddress);
    await context.close();

    // Anyone reading the plan's page finds the notice in Hilma.
    const visitor = await browser.newContext({ locale: "sv-SE", viewport: { width: 360, height: 740 } });
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${server.url}/sv/plans/${planId}`);
    const link = publicPage.locator("#plan-notices a");
    expect(await link.getAttribute("href")).toBe(hilmaAddress);
    expect(await publicPage.locator("#plan-notices").textContent()).toContain("marknadsundersökning (E1)");
    await visitor.close();
  });
});
