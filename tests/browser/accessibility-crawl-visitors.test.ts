import { afterAll, beforeAll, expect, it } from "vitest";
import { locales } from "../../app/i18n/locales.ts";
import { describeInBrowser } from "../../app/test/browser.ts";
import {
  analyzeInto,
  type CrawlEnvironment,
  crawlAsRole,
  crawlLocales,
  roles,
  startCrawlEnvironment,
  stopCrawlEnvironment,
} from "./crawl-support.ts";

// Visitors, residents, advisors and the platform administrator (the crawl is split in three files that run side by side; crawl-support.ts has the rest).
const ROLES = ["anonymous", "resident", "advisor", "platform-admin"] as const;

let env: CrawlEnvironment;
beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  env = await startCrawlEnvironment();
}, 120_000);
afterAll(async () => {
  await stopCrawlEnvironment(env);
});

describeInBrowser(
  "accessibility crawl (axe, WCAG 2.1 A and AA): visitors, residents, advisors and the platform administrator",
  () => {
    for (const role of ROLES) {
      it(`finds no violations as ${role} in ${crawlLocales(role).join(", ")}`, {
        timeout: 900_000,
      }, async () => {
        const { pages, problems } = await crawlAsRole(env, role);
        expect(pages).toBeGreaterThanOrEqual(roles[role] ? 12 : 18);
        expect(problems).toEqual([]);
      });
    }

    it("finds no violations on forms showing their errors", { timeout: 240_000 }, async () => {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      for (const locale of locales) {
        await page.goto(`${env.server.url}/${locale}/signup`);
        await page.locator("#signup-submit").click();
        await page.locator("#signup-name[aria-invalid='true']").waitFor();
        await analyzeInto(page, problems, `${locale} signup`);
        await page.goto(`${env.server.url}/${locale}/login`);
        await page.locator("#login-email").fill("kuntalainen@example.fi");
        await page.locator("#login-password").fill("wrong password here");
        await page.locator("#login-submit").click();
        await page.locator(".form-alert").first().waitFor();
        await analyzeInto(page, problems, `${locale} login`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  },
);
