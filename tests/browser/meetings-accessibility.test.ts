import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { locales } from "../../app/i18n/locales.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { describeInBrowser } from "../../app/test/browser.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import {
  analyzeInto,
  type CrawlEnvironment,
  contextAs,
  roles,
  startCrawlEnvironment,
  stopCrawlEnvironment,
} from "./crawl-support.ts";

// The one-to-one meeting pages in a real browser (axe, WCAG 2.1 A and AA, and 320 px wide): the buyer
// offers and opens a round (and sees the form's errors), a company books a slot and sees its booking.

let env: CrawlEnvironment;
let planId = "";
beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  env = await startCrawlEnvironment();
  const [espoo] = await env.server.services.database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  planId = await createFixturePlan(env.server.services.database, espoo?.id ?? "", {
    title: { fi: "Saavutettavat tapaamiset" },
  });
}, 120_000);
afterAll(async () => {
  await stopCrawlEnvironment(env);
});

const wallClock = (days: number, time: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

describeInBrowser("one-to-one meeting pages", () => {
  it("have no accessibility violations for the buyer and the company, in every language", {
    timeout: 300_000,
  }, async () => {
    const problems: string[] = [];
    const buyer = await (await contextAs(env, roles.buyer)).newPage();
    await buyer.goto(`${env.server.url}/fi/workspace/plans/${planId}/meetings`);
    await buyer.locator("#meeting-create").click();
    await buyer.locator(".error-summary").waitFor();
    await analyzeInto(buyer, problems, "new round errors");
    await buyer.locator("#meeting-title-fi").fill("Saavutettavuuden tapaamiset");
    await buyer.locator("#meeting-agenda-fi").fill("1. Esittely\n2. Kysymykset");
    await buyer.locator("#meeting-place").fill("Kaupungintalo");
    await buyer.locator("#meeting-firstStart").fill(wallClock(10, "09:00"));
    await buyer.locator("#meeting-bookingDeadline").fill(wallClock(9, "16:00"));
    await buyer.locator("#meeting-slotCount").fill("3");
    await buyer.locator("#meeting-create").click();
    await buyer.locator("#meeting-open").waitFor();
    const roundPath = new URL(buyer.url()).pathname;
    await buyer.locator("#meeting-open").click();
    await buyer.locator("#meeting-close").waitFor();
    const roundId = roundPath.split("/").at(-1) ?? "";
    const company = await (await contextAs(env, roles["company-admin"])).newPage();
    const publicPath = `/fi/plans/${planId}/meetings/${roundId}`;
    await company.goto(`${env.server.url}${publicPath}`);
    await company.locator('button[value="book"]').first().click();
    await company.locator("#meeting-cancel").waitFor();
    expect(await company.locator("#meeting-ics").count()).toBe(1);
    for (const locale of locales) {
      const localised = (path: string) => `${env.server.url}${path.replace(/^\/fi\//, `/${locale}/`)}`;
      await buyer.goto(localised(`/fi/workspace/plans/${planId}/meetings`));
      await analyzeInto(buyer, problems, `${locale} buyer's rounds`);
      await buyer.goto(localised(roundPath));
      await analyzeInto(buyer, problems, `${locale} buyer's round`);
      await company.goto(localised(publicPath));
      await analyzeInto(company, problems, `${locale} company's round`);
      await company.goto(localised(`/fi/plans/${planId}/meetings`));
      await analyzeInto(company, problems, `${locale} public rounds`);
    }
    expect(problems).toEqual([]);
  });
});
