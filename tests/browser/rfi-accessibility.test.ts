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

// The request-for-information pages in a real browser (axe, WCAG 2.1 A and AA, and 320 px wide): the
// buyer builds a questionnaire (and sees the forms' errors and the removal's confirmation) and opens it;
// a company answers (and sees its errors first); the buyer reads the responses.

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
    title: { fi: "Saavutettava tietopyyntö" },
  });
}, 120_000);
afterAll(async () => {
  await stopCrawlEnvironment(env);
});

describeInBrowser("request-for-information pages", () => {
  it("have no accessibility violations for the buyer and the company, in every language", {
    timeout: 300_000,
  }, async () => {
    const problems: string[] = [];
    const buyer = await (await contextAs(env, roles.buyer)).newPage();
    await buyer.goto(`${env.server.url}/fi/workspace/plans/${planId}/rfi`);
    await buyer.locator("#rfi-create").click();
    await buyer.locator(".error-summary").waitFor();
    await analyzeInto(buyer, problems, "new request errors");
    await buyer.locator("#rfi-title-fi").fill("Saavutettavuuden tietopyyntö");
    await buyer.locator("#rfi-create").click();
    await buyer.locator("#rfi-add-question").waitFor();
    const rfiPath = new URL(buyer.url()).pathname;
    await buyer.locator("#rfi-question-kind").selectOption("single-choice");
    await buyer.locator("#rfi-question-text-fi").fill("Sopimuskausi?");
    await buyer.locator("#rfi-add-question").click();
    await buyer.locator(".error-summary").waitFor();
    await analyzeInto(buyer, problems, "question errors");
    await buyer.locator("#rfi-question-options-fi").fill("Vuosi\nKaksi vuotta");
    await buyer.locator("#rfi-add-question").click();
    await buyer.locator("#rfi-questions li").first().waitFor();
    for (const [kind, text] of [
      ["long-text", "Miten hinnoittelisitte?"],
      ["yes-no", "Onko teillä sertifikaatti?"],
      ["file", "Liittäkää esite."],
    ] as const) {
      await buyer.locator("#rfi-question-kind").selectOption(kind);
      await buyer.locator("#rfi-question-text-fi").fill(text);
      if (kind === "long-text") await buyer.locator("#rfi-question-required").check();
      await buyer.locator("#rfi-add-question").click();
      await buyer.locator(`#rfi-questions li:has-text("${text}")`).waitFor();
    }
    await buyer.locator('a[id^="rfi-remove-"]').last().click();
    await buyer.locator("#rfi-confirm-remove").waitFor();
    await analyzeInto(buyer, problems, "remove confirmation");
    await buyer.goto(`${env.server.url}${rfiPath}`);
    await buyer.locator("#rfi-open").click();
    await buyer.locator("#rfi-close").waitFor();
    const rfiId = rfiPath.split("/").at(-1) ?? "";
    const publicPath = `/fi/plans/${planId}/rfi/${rfiId}`;
    const company = await (await contextAs(env, roles["company-admin"])).newPage();
    await company.goto(`${env.server.url}${publicPath}`);
    await company.locator("#rfi-save").click();
    await company.locator(".error-summary").waitFor();
    await analyzeInto(company, problems, "response errors");
    await company.locator('textarea[name^="answer-"]').fill("Kiinteä kuukausihinta.");
    await company.locator('input[name^="secret-"]').first().check();
    await company.locator("#rfi-save").click();
    await company.locator("#rfi-last-saved").waitFor();
    expect(await company.locator(".error-summary").count()).toBe(0);
    for (const locale of locales) {
      const localised = (path: string) => `${env.server.url}${path.replace(/^\/fi\//, `/${locale}/`)}`;
      await buyer.goto(localised(`/fi/workspace/plans/${planId}/rfi`));
      await analyzeInto(buyer, problems, `${locale} buyer's requests`);
      await buyer.goto(localised(rfiPath));
      await analyzeInto(buyer, problems, `${locale} buyer's request with responses`);
      await company.goto(localised(publicPath));
      await analyzeInto(company, problems, `${locale} company's response`);
      await company.goto(localised(`/fi/plans/${planId}`));
      await analyzeInto(company, problems, `${locale} plan page`);
      await company.goto(localised("/fi/company"));
      await analyzeInto(company, problems, `${locale} company home`);
    }
    expect(problems).toEqual([]);
  });
});
