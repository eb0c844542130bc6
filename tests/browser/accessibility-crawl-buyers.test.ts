import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { locales } from "../../app/i18n/locales.ts";
import { demoPassword } from "../../app/modules/demo/demo-data.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { presentationsRecipient } from "../../app/modules/presentations/tables.ts";
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

// Buyers (the crawl is split in three files that run side by side; crawl-support.ts has the rest).
const ROLES = ["buyer-admin", "buyer", "leadership"] as const;

let env: CrawlEnvironment;
beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  env = await startCrawlEnvironment();
}, 120_000);
afterAll(async () => {
  await stopCrawlEnvironment(env);
});

describeInBrowser("accessibility crawl (axe, WCAG 2.1 A and AA): buyers", () => {
  for (const role of ROLES) {
    it(`finds no violations as ${role} in ${crawlLocales(role).join(", ")}`, {
      timeout: 900_000,
    }, async () => {
      const { pages, problems } = await crawlAsRole(env, role);
      expect(pages).toBeGreaterThanOrEqual(roles[role] ? 12 : 18);
      expect(problems).toEqual([]);
    });
  }

  it("finds no violations in the buyer workspace: form errors, CPV search, plan page, list", {
    timeout: 360_000,
  }, async () => {
    const context = await env.browser.newContext();
    const login = await context.request.post(`${env.server.url}/fi/login`, {
      form: { intent: "password", email: roles.buyer, password: demoPassword },
      headers: { Origin: env.server.url },
      maxRedirects: 0,
    });
    expect(login.status()).toBe(302);
    const page = await context.newPage();
    const problems: string[] = [];
    const analyze = (what: string) => analyzeInto(page, problems, what);
    for (const locale of locales) {
      await page.goto(`${env.server.url}/${locale}/workspace/plans/new`);
      await page.locator("#plan-cpvQuery").fill("9091");
      await page.locator("#cpv-search-submit").click();
      await page.locator("button[value^='useCpv:']").first().waitFor();
      await analyze(`${locale} CPV search`);
      await page.locator("#plan-save").click();
      await page.locator(".error-summary").waitFor();
      await analyze(`${locale} plan form errors`);
      await page.locator("#plan-title-fi").fill(`Saavutettava suunnitelma ${locale}`);
      await page.locator("#plan-need-fi").fill("Tarve.");
      await page.locator("#plan-mainCpv").fill("90910000");
      await page.locator("#plan-noLotsReason-fi").fill("Pieni hankinta.");
      await page.locator("#plan-save").click();
      await page.locator("#lifecycle-title").waitFor();
      await analyze(`${locale} plan page`);
      await page.locator("a[href$='/attachments']").click();
      await page.locator("#attachment-submit").click();
      await page.locator("#attachment-file-error").waitFor();
      await analyze(`${locale} attachment form errors`);
      await page.goto(`${env.server.url}/${locale}/workspace/plans?sort=title&direction=asc`);
      await analyze(`${locale} plan list`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("finds no violations on the API token page: list, error, new token, revoke confirmation", {
    timeout: 240_000,
  }, async () => {
    const context = await env.browser.newContext();
    const login = await context.request.post(`${env.server.url}/fi/login`, {
      form: { intent: "password", email: roles["buyer-admin"], password: demoPassword },
      headers: { Origin: env.server.url },
      maxRedirects: 0,
    });
    expect(login.status()).toBe(302);
    const rows = await env.server.services.database.db
      .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
      .from(organisationsOrganisation);
    const espoo = rows.find((row) => row.slug === "espoo")?.id ?? "";
    const page = await context.newPage();
    const problems: string[] = [];
    const analyze = (what: string) => analyzeInto(page, problems, what);
    for (const locale of locales) {
      await page.goto(`${env.server.url}/${locale}/organisations/${espoo}`);
      await page.locator(`a[href="/${locale}/organisations/${espoo}/api-tokens"]`).click();
      await page.locator("#api-token-name").waitFor();
      await analyze(`${locale} token list`);
      await page.locator("#api-token-create").click();
      await page.locator("#api-token-name[aria-invalid='true']").waitFor();
      await analyze(`${locale} token form error`);
      await page.locator("#api-token-name").fill(`Saavutettavuus ${locale}`);
      await page.locator("#api-token-create").click();
      await page.locator("#api-token-value").waitFor();
      await analyze(`${locale} new token`);
      await page.locator(`a[href*="?revoke="]`).first().click();
      await page.locator("#api-token-revoke-submit").waitFor();
      await analyze(`${locale} revoke confirmation`);
      await page.locator("#api-token-revoke-submit").click();
      await page.waitForURL(/\?revoked=1$/);
      await analyze(`${locale} revoked`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("finds no violations in the inbox of presentations: filter, state form error", {
    timeout: 240_000,
  }, async () => {
    const { db } = env.server.services.database;
    const rows = await db
      .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
      .from(organisationsOrganisation);
    const espoo = rows.find((row) => row.slug === "espoo")?.id ?? "";
    const [item] = await db
      .select({ id: presentationsRecipient.id })
      .from(presentationsRecipient)
      .where(eq(presentationsRecipient.organisationId, espoo));
    const context = await contextAs(env, roles.buyer);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const locale of locales) {
      await page.goto(`${env.server.url}/${locale}/organisations/${espoo}/inbox?state=reviewed`);
      await analyzeInto(page, problems, `${locale} inbox filtered`);
      await page.goto(`${env.server.url}/${locale}/organisations/${espoo}/inbox/${item?.id}`);
      await page.locator("#presentation-state").selectOption("linked");
      await page.locator("#presentation-planId").selectOption("");
      await page.locator("#presentation-state-submit").click();
      await page.locator("#presentation-planId-error").waitFor();
      await analyzeInto(page, problems, `${locale} inbox state error`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
