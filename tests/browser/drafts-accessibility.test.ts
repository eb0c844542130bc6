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

// The pages of drafts for comment in a real browser (axe, WCAG 2.1 A and AA, and 320 px wide): the buyer
// starts a draft (and sees the form's errors), adds a section and opens it; a company comments and sees
// its own comment; the buyer sees the comment with its author and the response form.

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
    title: { fi: "Saavutettavat luonnokset" },
  });
}, 120_000);
afterAll(async () => {
  await stopCrawlEnvironment(env);
});

const wallClock = (days: number, time: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

describeInBrowser("draft-for-comment pages", () => {
  it("have no accessibility violations for the buyer and the company, in every language", {
    timeout: 300_000,
  }, async () => {
    const problems: string[] = [];
    const buyer = await (await contextAs(env, roles.buyer)).newPage();
    await buyer.goto(`${env.server.url}/fi/workspace/plans/${planId}/drafts`);
    await buyer.locator("#draft-create").click();
    await buyer.locator(".error-summary").waitFor();
    await analyzeInto(buyer, problems, "new draft errors");
    await buyer.locator("#draft-title-fi").fill("Saavutettava luonnos");
    await buyer.locator("#draft-intro-fi").fill("Kommentoikaa vaatimuksia.");
    await buyer.locator("#draft-closesAt").fill(wallClock(10, "16:00"));
    await buyer.locator("#draft-create").click();
    await buyer.locator("#draft-add-section").waitFor();
    const draftPath = new URL(buyer.url()).pathname;
    await buyer.locator("#new-heading-fi").fill("Laatuvaatimukset");
    await buyer.locator("#new-body-fi").fill("Vaatimus 1.");
    await buyer.locator("#draft-add-section").click();
    await buyer.locator(".draft-sections details summary").first().waitFor();
    await analyzeInto(buyer, problems, "draft being prepared");
    await buyer.locator("#draft-open-confirm").check();
    await buyer.locator("#draft-open").click();
    await buyer.locator("#draft-close").waitFor();
    const draftId = draftPath.split("/").at(-1) ?? "";
    const company = await (await contextAs(env, roles["company-admin"])).newPage();
    const publicPath = `/fi/plans/${planId}/drafts/${draftId}`;
    await company.goto(`${env.server.url}${publicPath}`);
    await company.locator('textarea[name="body"]').first().fill("Vaatimus 1 on liian tiukka.");
    await company.locator('button[value="comment"]').first().click();
    await company.locator("#own-comments").waitFor();
    expect(await company.locator("#own-comments li").count()).toBe(1);
    for (const locale of locales) {
      const localised = (path: string) => `${env.server.url}${path.replace(/^\/fi\//, `/${locale}/`)}`;
      await buyer.goto(localised(`/fi/workspace/plans/${planId}/drafts`));
      await analyzeInto(buyer, problems, `${locale} buyer's drafts`);
      await buyer.goto(localised(draftPath));
      await analyzeInto(buyer, problems, `${locale} buyer's draft with a comment`);
      await company.goto(localised(publicPath));
      await analyzeInto(company, problems, `${locale} company's draft`);
      await company.goto(localised(`/fi/plans/${planId}`));
      await analyzeInto(company, problems, `${locale} plan page with drafts`);
    }
    expect(problems).toEqual([]);
  });
});
