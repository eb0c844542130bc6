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

// The dialogue event pages in a real browser (axe, WCAG 2.1 A and AA, and 320 px wide): the buyer
// creates an event (and sees the form's errors) and publishes it, a company registers (and sees the
// registration form's errors), the buyer sees the registrations, anyone sees the calendar.

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
    title: { fi: "Saavutettavat tilaisuudet" },
  });
}, 120_000);
afterAll(async () => {
  await stopCrawlEnvironment(env);
});

const wallClock = (days: number, time: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

describeInBrowser("dialogue event pages", () => {
  it("have no accessibility violations for the buyer, the company and visitors, in every language", {
    timeout: 300_000,
  }, async () => {
    const problems: string[] = [];
    const buyer = await (await contextAs(env, roles.buyer)).newPage();
    await buyer.goto(`${env.server.url}/fi/workspace/plans/${planId}/events`);
    await buyer.locator("#event-create").click();
    await buyer.locator(".error-summary").waitFor();
    await analyzeInto(buyer, problems, "new event errors");
    await buyer.locator("#event-title-fi").fill("Saavutettava markkinainfo");
    await buyer.locator("#event-agenda-fi").fill("1. Tausta\n2. Kysymykset");
    await buyer.locator("#event-format-hybrid").check();
    await buyer.locator("#event-address").fill("Kaupungintalo");
    await buyer.locator("#event-onlineUrl").fill("https://meet.example/saavutettava");
    await buyer.locator("#event-startsAt").fill(wallClock(10, "13:00"));
    await buyer.locator("#event-endsAt").fill(wallClock(10, "15:00"));
    await buyer.locator("#event-capacity").fill("10");
    await buyer.locator("#event-registrationClosesAt").fill(wallClock(9, "16:00"));
    await buyer.locator("#event-create").click();
    await buyer.locator("#event-publish").waitFor();
    const eventPath = new URL(buyer.url()).pathname;
    await buyer.locator("#event-publish").click();
    await buyer.locator("#event-cancel").waitFor();
    const eventId = eventPath.split("/").at(-1) ?? "";
    const company = await (await contextAs(env, roles["company-admin"])).newPage();
    const publicPath = `/fi/plans/${planId}/events/${eventId}`;
    await company.goto(`${env.server.url}${publicPath}`);
    await company.locator("#registration-attendeeCount").fill("0");
    await company.locator("#event-register").click();
    await company.locator(".error-summary").waitFor();
    await analyzeInto(company, problems, "registration errors");
    await company.locator("#registration-attendeeCount").fill("2");
    await company.locator("#registration-needs").fill("Induktiosilmukka");
    await company.locator("#event-register").click();
    await company.locator("#event-cancel-registration").waitFor();
    expect(await company.locator("#event-ics").count()).toBe(1);
    const visitor = await (await contextAs(env, null)).newPage();
    for (const locale of locales) {
      const localised = (path: string) => `${env.server.url}${path.replace(/^\/fi\//, `/${locale}/`)}`;
      await buyer.goto(localised(`/fi/workspace/plans/${planId}/events`));
      await analyzeInto(buyer, problems, `${locale} buyer's events`);
      await buyer.goto(localised(eventPath));
      await analyzeInto(buyer, problems, `${locale} buyer's event`);
      await company.goto(localised(publicPath));
      await analyzeInto(company, problems, `${locale} company's event`);
      await visitor.goto(localised(publicPath));
      await analyzeInto(visitor, problems, `${locale} visitor's event`);
      await visitor.goto(localised("/fi/events"));
      await analyzeInto(visitor, problems, `${locale} event calendar`);
      await visitor.goto(localised("/fi/events?kind=webinar"));
      await analyzeInto(visitor, problems, `${locale} empty event calendar`);
    }
    expect(problems).toEqual([]);
  });
});
