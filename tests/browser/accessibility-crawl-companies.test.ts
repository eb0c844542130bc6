import { afterAll, beforeAll, expect, it } from "vitest";
import { locales } from "../../app/i18n/locales.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { describeInBrowser } from "../../app/test/browser.ts";
import {
  analyzeInto,
  type CrawlEnvironment,
  contextAs,
  crawlAsRole,
  crawlLocales,
  roles,
  startCrawlEnvironment,
  stopCrawlEnvironment,
} from "./crawl-support.ts";

// Companies (the crawl is split in three files that run side by side; crawl-support.ts has the rest).
const ROLES = ["company-admin", "company-member"] as const;

let env: CrawlEnvironment;
beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  env = await startCrawlEnvironment();
}, 120_000);
afterAll(async () => {
  await stopCrawlEnvironment(env);
});

describeInBrowser("accessibility crawl (axe, WCAG 2.1 A and AA): companies", () => {
  for (const role of ROLES) {
    it(`finds no violations as ${role} in ${crawlLocales(role).join(", ")}`, {
      timeout: 900_000,
    }, async () => {
      const { pages, problems } = await crawlAsRole(env, role);
      expect(pages).toBeGreaterThanOrEqual(roles[role] ? 12 : 18);
      expect(problems).toEqual([]);
    });
  }

  it("finds no violations on the company profile, presentation and watch forms and their errors", {
    timeout: 240_000,
  }, async () => {
    const context = await contextAs(env, roles["company-admin"]);
    const rows = await env.server.services.database.db
      .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
      .from(organisationsOrganisation);
    const kirkas = rows.find((row) => row.slug === "kirkas")?.id ?? "";
    const page = await context.newPage();
    const problems: string[] = [];
    for (const locale of locales) {
      await page.goto(`${env.server.url}/${locale}/organisations/${kirkas}/company-profile`);
      await page.locator("#company-offering").fill("123");
      await page.locator("#company-website").fill("kirkas");
      await page.locator("#company-profile-submit").click();
      await page.locator(".error-summary").waitFor();
      await analyzeInto(page, problems, `${locale} company profile errors`);
      await page.goto(`${env.server.url}/${locale}/companies?q=siivous&size=small`);
      await analyzeInto(page, problems, `${locale} company directory search`);
      await page.goto(`${env.server.url}/${locale}/presentations/new`);
      await page.locator("#presentation-cpv").fill("123");
      await page.locator("#presentation-submit").click();
      await page.locator(".error-summary").waitFor();
      await analyzeInto(page, problems, `${locale} presentation form errors`);
      await page.goto(`${env.server.url}/${locale}/watches/new?cpv=90900000&region=01`);
      await page.locator("#watch-cpv").fill("123");
      await page.locator("#watch-event-published").uncheck();
      await page.locator("#watch-submit").click();
      await page.locator(".error-summary").waitFor();
      await analyzeInto(page, problems, `${locale} watch form errors`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("finds no violations on the partner and interest pages and the partner form's errors", {
    timeout: 240_000,
  }, async () => {
    const context = await contextAs(env, roles["company-member"]);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const locale of locales) {
      await page.goto(`${env.server.url}/${locale}/plans`);
      const hrefs = await page.$$eval("a[href*='/plans/']", (links) =>
        links.map((link) => link.getAttribute("href") ?? ""),
      );
      const planId = hrefs.map((href) => href.match(/\/plans\/([0-9a-f-]{36})/)?.[1]).find(Boolean) ?? "";
      await page.goto(`${env.server.url}/${locale}/plans/${planId}/partners/new`);
      await page.locator("#partner-description").fill("lyhyt");
      await page.locator("#partner-submit").click();
      await page.locator(".error-summary").waitFor();
      await analyzeInto(page, problems, `${locale} partner request errors`);
      await page.goto(`${env.server.url}/${locale}/plans/${planId}/interest`);
      await analyzeInto(page, problems, `${locale} interest form`);
      // The company's overview, its thread (seeded in crawl-support.ts) and the request it answers.
      await page.goto(`${env.server.url}/${locale}/partners`);
      await analyzeInto(page, problems, `${locale} partner overview`);
      await page.locator("a[href*='/partners/threads/']").first().click();
      await page.locator("#partner-reply-body").waitFor();
      await analyzeInto(page, problems, `${locale} partner thread`);
      await page.locator(`a[href^='/${locale}/partners/']:not([href*='threads'])`).first().click();
      await page.waitForURL(/\/partners\/[0-9a-f-]{36}$/);
      await analyzeInto(page, problems, `${locale} partner request`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
