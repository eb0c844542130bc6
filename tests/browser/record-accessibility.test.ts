import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { locales } from "../../app/i18n/locales.ts";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import { markInterest } from "../../app/modules/interest/index.server.ts";
import { listMemberships } from "../../app/modules/organisations/memberships.server.ts";
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

// The level-playing-field record's pages in a real browser (axe, WCAG 2.1 A and AA, and 320 px wide):
// the buyer records a contact in the register (and sees the form's errors), edits it, reaches the
// removal's confirmation, and reads the record with its warnings and the survey's summary; a company
// that followed the plan but did not book answers the survey.

let env: CrawlEnvironment;
let planId = "";
beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  env = await startCrawlEnvironment();
  const { db } = env.server.services.database;
  const [espoo] = await db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  planId = await createFixturePlan(env.server.services.database, espoo?.id ?? "", {
    title: { fi: "Saavutettava tasapuolisuusselvitys" },
  });
  const [user] = await db.select().from(accountsUser).where(eq(accountsUser.email, roles["company-admin"]));
  const memberships = await listMemberships(db, user?.id ?? "");
  await markInterest({
    services: env.server.services,
    viewer: {
      userId: user?.id ?? "",
      name: user?.name ?? "",
      email: roles["company-admin"],
      locale: "fi",
      isPlatformAdmin: false,
      memberships,
      activeOrganisationId: memberships[0]?.organisationId ?? null,
    },
    planId,
    note: "",
  });
}, 120_000);
afterAll(async () => {
  await stopCrawlEnvironment(env);
});

const wallClock = (days: number, time: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

describeInBrowser("level-playing-field record pages", () => {
  it("have no accessibility violations for the buyer and the company, in every language", {
    timeout: 300_000,
  }, async () => {
    const problems: string[] = [];
    const buyer = await (await contextAs(env, roles.buyer)).newPage();
    const contacts = `/fi/workspace/plans/${planId}/contacts`;
    await buyer.goto(`${env.server.url}${contacts}`);
    await buyer.locator("#contact-submit").click();
    await buyer.locator(".error-summary").waitFor();
    await analyzeInto(buyer, problems, "contact form errors");
    await buyer.locator("#contact-kind-visit").check();
    await buyer.locator("#contact-occurredAt").fill(wallClock(-3, "13:00"));
    await buyer.locator("#contact-organisationName").fill("Vierailtu Tehdas Oy");
    await buyer.locator("#contact-sharedMaterial").fill("Luonnos tarjouspyynnön laatukriteereistä");
    await buyer.locator("#contact-conflictOfInterest").fill("Ei sidonnaisuuksia");
    await buyer.locator("#contact-publicSummary").fill("Tehdasvierailu");
    await buyer.locator("#contact-submit").click();
    await buyer.waitForURL(/saved=1/);
    const contactId =
      (await buyer.locator('[id^="contact-edit-"]').first().getAttribute("id"))?.slice(13) ?? "";
    expect(contactId).toHaveLength(36);

    // A meeting round opened and closed without the company booking: it is asked why.
    await buyer.goto(`${env.server.url}/fi/workspace/plans/${planId}/meetings`);
    await buyer.locator("#meeting-title-fi").fill("Tasapuolisuuden tapaamiset");
    await buyer.locator("#meeting-agenda-fi").fill("1. Esittely");
    await buyer.locator("#meeting-place").fill("Kaupungintalo");
    await buyer.locator("#meeting-firstStart").fill(wallClock(10, "09:00"));
    await buyer.locator("#meeting-bookingDeadline").fill(wallClock(9, "16:00"));
    await buyer.locator("#meeting-slotCount").fill("2");
    await buyer.locator("#meeting-create").click();
    await buyer.locator("#meeting-open").click();
    await buyer.locator("#meeting-close").click();
    await buyer.waitForURL(/closedDone/);
    const roundId = new URL(buyer.url()).pathname.split("/").at(-1) ?? "";

    const company = await (await contextAs(env, roles["company-admin"])).newPage();
    const survey = `/fi/plans/${planId}/survey/${roundId}`;
    await company.goto(`${env.server.url}${survey}`);
    await company.locator("#survey-submit").click();
    await company.locator(".error-summary").waitFor();
    await analyzeInto(company, problems, "survey errors");
    await company.goto(`${env.server.url}/fi/company`);
    expect(await company.locator(`section[aria-labelledby="home-surveys"] a[href="${survey}"]`).count()).toBe(
      1,
    );
    await analyzeInto(company, problems, "company home with a survey waiting");
    for (const locale of locales) {
      const localised = (path: string) => `${env.server.url}${path.replace(/^\/fi\//, `/${locale}/`)}`;
      await company.goto(localised(survey));
      await analyzeInto(company, problems, `${locale} survey`);
      await buyer.goto(localised(contacts));
      await analyzeInto(buyer, problems, `${locale} contact register`);
      await buyer.goto(localised(`${contacts}/${contactId}`));
      await analyzeInto(buyer, problems, `${locale} contact edit`);
      await buyer.goto(localised(`${contacts}/${contactId}/remove`));
      await analyzeInto(buyer, problems, `${locale} contact removal`);
      await buyer.goto(localised(`/fi/plans/${planId}/dialogue`));
      await analyzeInto(buyer, problems, `${locale} public record`);
    }
    await company.goto(`${env.server.url}${survey}`);
    await company.locator("#survey-barrier-timetable").check();
    await company.locator("#survey-freeText").fill("Aikataulu oli liian tiukka.");
    await company.locator("#survey-submit").click();
    await company.locator("#survey-answered").waitFor();
    await analyzeInto(company, problems, "survey answered");
    for (const locale of locales) {
      await buyer.goto(`${env.server.url}/${locale}/workspace/plans/${planId}/dialogue`);
      expect(await buyer.locator("#dialogue-warnings li").count()).toBe(3);
      expect(await buyer.locator("#survey-summary").textContent()).toContain("Aikataulu oli liian tiukka.");
      await analyzeInto(buyer, problems, `${locale} buyer's record`);
    }
    expect(problems).toEqual([]);
  });
});
