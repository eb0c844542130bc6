import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { locales } from "../../app/i18n/locales.ts";
import { demoPassword } from "../../app/modules/demo/demo-data.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { addPlanAttachment } from "../../app/modules/plans/add-plan-attachment.server.ts";
import { attachmentFieldsSchema } from "../../app/modules/plans/attachment-rules.ts";
import { transitionSchema } from "../../app/modules/plans/schemas.ts";
import { transitionPlan } from "../../app/modules/plans/transition-plan.server.ts";
import { samplePdf } from "../../app/test/attachment-files.ts";
import { describeInBrowser, launchChromium } from "../../app/test/browser.ts";
import { createFixturePlan, fixtureAdmin } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Every page reachable from the navigation (and, for visitors, the sitemap), in all three languages,
// logged out and as each role, must have zero axe violations of WCAG 2.1 A and AA.
const roles = {
  anonymous: null,
  resident: "kuntalainen@example.fi",
  "buyer-admin": "hankinnat@espoo.example",
  buyer: "asiantuntija@espoo.example",
  leadership: "johto@espoo.example",
  "company-admin": "yrittaja@kirkas.example",
  "company-member": "myynti@kirkas.example",
  advisor: "neuvoja@neuvonta.example",
  "platform-admin": "admin@hankintasilta.example",
} as const;
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const maxPagesPerCrawl = 40;
// Links that are not pages to check: downloads and actions.
const skip = [/\/logout$/, /\/account\/export$/, /\/attachments\/[0-9a-f-]{36}$/];

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  server = await startTestServer();
  await seedForwardPlan(server);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/** Public plans, so the forward plan's list, plan page, timeline, forecast and joint candidates have content. */
async function seedForwardPlan(testServer: TestServer) {
  const database = testServer.services.database;
  const rows = await database.db
    .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
    .from(organisationsOrganisation);
  const idOf = (slug: string) => rows.find((row) => row.slug === slug)?.id ?? "";
  const withLots = await createFixturePlan(database, idOf("espoo"), {
    isDividedIntoLots: true,
    lots: [
      { title: { fi: "Pohjoinen alue" }, estimatedValueEur: 200_000 },
      { title: { fi: "Eteläinen alue" } },
    ],
    noLotsReason: undefined,
    dialogueStart: "2026-01-01",
    dialogueEnd: "2099-12-31",
    contactName: "Helmi Hankkija",
    contactEmail: "hankinnat@espoo.example",
  });
  // An attachment, so the plan page's list and the workspace's attachment and removal pages are checked.
  await addPlanAttachment({
    services: { database },
    viewer: fixtureAdmin,
    planId: withLots,
    file: { name: "Markkinakartoitus.pdf", bytes: samplePdf() },
    fields: attachmentFieldsSchema.parse({ title: "Markkinakartoituksen yhteenveto" }),
  });
  await createFixturePlan(database, idOf("porvoo"), { title: { fi: "Ikkunanpesu" }, mainCpv: "90911000" });
  const awarded = await createFixturePlan(database, idOf("espoo"), {
    title: { fi: "Työterveyshuolto" },
    mainCpv: "85147000",
  });
  const services = { database };
  for (const transition of [
    { to: "tender-published", hilmaNotice: "2029-000111" },
    { to: "contract-awarded", contractEnd: "2098-06-30" },
  ])
    await transitionPlan({
      services,
      viewer: fixtureAdmin,
      planId: awarded,
      transition: transitionSchema.parse(transition),
    });
}

/** One URL per route: organisation ids and the like are replaced, so each kind of page is checked once. */
function patternOf(pathname: string): string {
  return pathname.replace(/\/[0-9a-f]{8}-[0-9a-f-]{27,}(?=\/|$)/g, "/:id");
}

async function sitemapPaths(locale: string): Promise<string[]> {
  const xml = await (await fetch(`${server.url}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1] as string).pathname)
    .filter((path) => path.startsWith(`/${locale}/`));
}

async function check(page: Page, url: string): Promise<string[]> {
  const response = await page.goto(url);
  const problems: string[] = [];
  if (!response || response.status() >= 500) problems.push(`${url}: HTTP ${response?.status()}`);
  const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  for (const violation of result.violations) {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(" "))
      .join(", ");
    problems.push(`${url}: ${violation.id} (${violation.impact}) ${violation.help} – ${targets}`);
  }
  return problems;
}

async function crawl(context: BrowserContext, locale: string, seeds: string[]) {
  const page = await context.newPage();
  const queue = [`/${locale}/`, ...seeds];
  const seen = new Set<string>();
  const visited: string[] = [];
  const problems: string[] = [];
  while (queue.length > 0 && visited.length < maxPagesPerCrawl) {
    const path = queue.shift() as string;
    // Filter, sort and page links (query strings) show the same page template: one visit per route, plus
    // a search-result page, whose snippets differ.
    const [pathname = "", search = ""] = path.split("?");
    const pattern = patternOf(pathname) + (/(^|&)q=/.test(search) ? "?q" : "");
    if (seen.has(pattern) || skip.some((re) => re.test(path))) continue;
    seen.add(pattern);
    visited.push(path);
    problems.push(...(await check(page, `${server.url}${path}`)));
    const links = await page.$$eval("a[href]", (anchors) =>
      anchors.map((a) => (a as HTMLAnchorElement).href),
    );
    for (const href of links) {
      const url = new URL(href);
      if (url.origin !== server.url || !url.pathname.startsWith(`/${locale}/`)) continue;
      queue.push(url.pathname + url.search);
    }
  }
  await page.close();
  return { visited, problems };
}

describeInBrowser("accessibility crawl (axe, WCAG 2.1 A and AA)", () => {
  for (const [role, email] of Object.entries(roles)) {
    it(`finds no violations as ${role} in fi, sv and en`, { timeout: 900_000 }, async () => {
      const context = await browser.newContext();
      if (email) {
        const login = await context.request.post(`${server.url}/fi/login`, {
          form: { intent: "password", email, password: demoPassword },
          headers: { Origin: server.url },
          maxRedirects: 0,
        });
        expect(login.status()).toBe(302);
      }
      const allProblems: string[] = [];
      let pages = 0;
      for (const locale of locales) {
        const seeds = email ? [] : [...(await sitemapPaths(locale)), `/${locale}/plans?q=siivous`];
        const { visited, problems } = await crawl(context, locale, seeds);
        pages += visited.length;
        allProblems.push(...problems);
      }
      expect(pages).toBeGreaterThanOrEqual(email ? 12 : 18);
      expect(allProblems).toEqual([]);
      await context.close();
    });
  }

  it("finds no violations in the buyer workspace: form errors, CPV search, plan page, list", {
    timeout: 360_000,
  }, async () => {
    const context = await browser.newContext();
    const login = await context.request.post(`${server.url}/fi/login`, {
      form: { intent: "password", email: roles.buyer, password: demoPassword },
      headers: { Origin: server.url },
      maxRedirects: 0,
    });
    expect(login.status()).toBe(302);
    const page = await context.newPage();
    const problems: string[] = [];
    const analyze = async (what: string) =>
      problems.push(
        ...(await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations.map(
          (v) => `${what}: ${v.id} ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      );
    for (const locale of locales) {
      await page.goto(`${server.url}/${locale}/workspace/plans/new`);
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
      await page.goto(`${server.url}/${locale}/workspace/plans?sort=title&direction=asc`);
      await analyze(`${locale} plan list`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("finds no violations on the API token page: list, error, new token, revoke confirmation", {
    timeout: 240_000,
  }, async () => {
    const context = await browser.newContext();
    const login = await context.request.post(`${server.url}/fi/login`, {
      form: { intent: "password", email: roles["buyer-admin"], password: demoPassword },
      headers: { Origin: server.url },
      maxRedirects: 0,
    });
    expect(login.status()).toBe(302);
    const rows = await server.services.database.db
      .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
      .from(organisationsOrganisation);
    const espoo = rows.find((row) => row.slug === "espoo")?.id ?? "";
    const page = await context.newPage();
    const problems: string[] = [];
    const analyze = async (what: string) =>
      problems.push(
        ...(await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations.map(
          (v) => `${what}: ${v.id} ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      );
    for (const locale of locales) {
      await page.goto(`${server.url}/${locale}/organisations/${espoo}`);
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

  it("finds no violations on forms showing their errors", { timeout: 240_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    for (const locale of locales) {
      await page.goto(`${server.url}/${locale}/signup`);
      await page.locator("#signup-submit").click();
      await page.locator("#signup-name[aria-invalid='true']").waitFor();
      problems.push(
        ...(await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations.map(
          (v) => `${locale} signup: ${v.id} ${v.help}`,
        ),
      );
      await page.goto(`${server.url}/${locale}/login`);
      await page.locator("#login-email").fill("kuntalainen@example.fi");
      await page.locator("#login-password").fill("wrong password here");
      await page.locator("#login-submit").click();
      await page.locator(".form-alert").first().waitFor();
      problems.push(
        ...(await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations.map(
          (v) => `${locale} login: ${v.id} ${v.help}`,
        ),
      );
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
