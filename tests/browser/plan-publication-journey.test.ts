import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, launchChromium } from "../../app/test/browser.ts";
import { createOcdsValidators } from "../../app/test/ocds-schemas.ts";
import { parseIcalStrictly } from "../../app/test/strict-ical.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 3's acceptance journey: a buyer creates a plan in the UI in Finnish with a Swedish title and
// publishes it; it then appears in the public list, search, plan page, API, Atom, iCalendar, CSV, XLSX
// and OCDS, in all three UI languages.

let server: TestServer;
let browser: Browser;
const titleFi = "Lähiliikuntapaikkojen kunnossapito Matinkylässä";
const titleSv = "Underhåll av närmotionsplatser i Mattby";

beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  server = await startTestServer();
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function fetchText(path: string) {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBe(200);
  return {
    response,
    text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()),
  };
}

describeInBrowser("in Chromium", () => {
  it("a buyer publishes a plan and every public output shows it, in fi, sv and en", async () => {
    const context = await browser.newContext({ locale: "fi-FI" });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();

    await page.goto(`${server.url}/fi/login`);
    await page.fill("#login-email", "asiantuntija@espoo.example");
    await page.fill("#login-password", "Hankintasilta-demo-2026");
    await page.click("#login-submit");
    await page.waitForURL((url) => !url.pathname.endsWith("/login"));

    await page.goto(`${server.url}/fi/workspace/plans/new`);
    await page.fill("#plan-title-fi", titleFi);
    await page.fill("#plan-title-sv", titleSv);
    await page.fill(
      "#plan-need-fi",
      "Kunnossa pidetyt ulkokuntosalit ja pelikentät, joita asukkaat käyttävät ympäri vuoden.",
    );
    await page.fill("#plan-mainCpv", "77310000-6");
    await page.fill("#plan-estimatedValueEur", "180000");
    // The timeline, sustainability and publishing sections start closed (issue 12 point 13).
    await page.click("#plan-section-timeline > summary");
    await page.click("#plan-section-sustainability > summary");
    await page.click("#plan-section-publish > summary");
    await page.fill("#plan-tenderYear", "2028");
    await page.selectOption("#plan-tenderQuarter", "3");
    await page.fill("#plan-dialogueStart", "2028-01-10");
    await page.fill("#plan-dialogueEnd", "2028-02-20");
    await page.fill(
      "#plan-noLotsReason-fi",
      "Alueet ovat pieniä ja lähekkäin, joten yksi sopimus on toimivin.",
    );
    await page.check("#plan-sustainability-strategic-procurement-env-imp");
    expect(await page.locator("#plan-visibility").count()).toBe(0);
    await page.click("#plan-save");
    await page.waitForURL(/\/fi\/workspace\/plans\/[\w-]+\?created=1$/);
    const planId = new URL(page.url()).pathname.split("/").pop() ?? "";
    expect(planId).toMatch(/^[0-9a-f-]{36}$/);

    // The publish step (issue 12 point 12): a preview of the public page, then a confirmed "Publish".
    await page.click("#plan-publish-link");
    await page.waitForURL(`${server.url}/fi/workspace/plans/${planId}/publish`);
    expect(await page.locator("#publish-preview-title").textContent()).toBe(
      "Esikatselu: suunnitelman julkinen sivu",
    );
    expect(await page.locator(".publish-preview").textContent()).toContain("Kunnossa pidetyt ulkokuntosalit");
    await page.click("#publish-submit");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ""))
      .toContain("error-summary");
    expect(await page.locator("#publish-confirm-error").textContent()).toBe(
      "Vahvista julkaisu rastittamalla ruutu.",
    );
    await page.check("#publish-confirm");
    await page.click("#publish-submit");
    await page.waitForURL(/\?published=1$/);
    expect(await page.locator("#plan-public-page").getAttribute("href")).toBe(`/fi/plans/${planId}`);

    // The stage form (issue 12 point 6): only the chosen stage's field is shown, and an error takes focus.
    // Without script every stage's field shows; the others hide once the page has hydrated.
    await expect.poll(() => page.locator('[data-stage="tender-published"]').isVisible()).toBe(false);
    await page.selectOption("#transition-to", "tender-published");
    expect(await page.locator('[data-stage="tender-published"]').isVisible()).toBe(true);
    expect(await page.locator('[data-stage="cancelled"]').isVisible()).toBe(false);
    await page.fill("#plan-hilmaNotice", "katso Hilmasta");
    await page.click("#transition-submit");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ""))
      .toContain("error-summary");
    expect(await page.locator("#plan-hilmaNotice-error").textContent()).toContain("hankintailmoitukset.fi");
    // The chosen stage is kept with the error, its field still shown.
    expect(await page.locator('[data-stage="tender-published"]').isVisible()).toBe(true);

    // Public pages in every language: list, search and the plan page.
    const anonymous = await browser.newContext();
    const visitor = await anonymous.newPage();
    for (const [lang, title] of [
      ["fi", titleFi],
      ["sv", titleSv],
      ["en", titleFi],
    ] as const) {
      await visitor.goto(`${server.url}/${lang}/plans?organisation=${encodeURIComponent("espoo")}`);
      await expect
        .poll(() => visitor.locator(`a[href="/${lang}/plans/${planId}"]`).count())
        .toBeGreaterThan(0);
      await visitor.goto(`${server.url}/${lang}/plans?q=${encodeURIComponent("lähiliikuntapaikka")}`);
      expect(await visitor.locator(`a[href="/${lang}/plans/${planId}"]`).count(), `${lang} search`).toBe(1);
      await visitor.goto(`${server.url}/${lang}/plans/${planId}`);
      expect(await visitor.locator("h1").textContent()).toBe(title);
    }
    await anonymous.close();
    await context.close();

    // Open data: API, feeds, downloads and OCDS.
    const api = JSON.parse((await fetchText(`/api/v1/plans/${planId}`)).text);
    expect(api.data.title).toEqual({ fi: titleFi, sv: titleSv });
    const searched = JSON.parse((await fetchText("/api/v1/plans?q=matinkyl%C3%A4")).text).data;
    expect(searched.map((plan: { id: string }) => plan.id)).toContain(planId);
    expect((await fetchText("/api/v1/plans.atom?lang=sv&organisation=espoo")).text).toContain(titleSv);
    const icsFile = (await fetchText("/api/v1/plans.ics?lang=fi")).text;
    parseIcalStrictly(icsFile);
    const ics = icsFile.replace(/\r\n[ \t]/g, "");
    expect(ics).toContain(`UID:${planId}-tender@`);
    expect(ics).toContain(`UID:${planId}-dialogue@`);
    expect(ics).toContain("DTSTART;VALUE=DATE:20280701");
    expect((await fetchText("/api/v1/plans.csv?organisation=espoo")).text).toContain(titleSv);
    const xlsx = await fetch(`${server.url}/api/v1/plans.xlsx?organisation=espoo`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const cells = workbook.getWorksheet("plans")?.getColumn(1).values ?? [];
    expect(cells).toContain(planId);
    const ocid = api.data.ocid as string;
    const record = JSON.parse((await fetchText(`/api/v1/ocds/records/${ocid}`)).text);
    expect(record.records[0].compiledRelease.tender.title_sv).toBe(titleSv);
    expect(createOcdsValidators().recordPackageErrors(record)).toBe("");
  }, 180_000);
});
