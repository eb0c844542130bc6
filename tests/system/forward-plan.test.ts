import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { transitionSchema } from "../../app/modules/plans/schemas.ts";
import { plansPlan } from "../../app/modules/plans/tables.ts";
import { transitionPlan } from "../../app/modules/plans/transition-plan.server.ts";
import { createFixturePlan, fixtureAdmin } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// The public forward plan over HTTP: public plans appear in the list, search, facets, plan page,
// timeline, forecast and joint candidates; drafts and internal plans appear in none of them.

let server: TestServer;
const ids: Record<string, string> = {};
const orgs: Record<string, string> = {};
const secret = ["Zeppelinhallin luonnossuunnitelma", "Zeppelinhallin sisäinen suunnitelma"];

beforeAll(async () => {
  server = await startTestServer();
  const database = server.services.database;
  const rows = await database.db
    .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
    .from(organisationsOrganisation);
  for (const row of rows) orgs[row.slug] = row.id;
  const espoo = orgs.espoo ?? "";
  const porvoo = orgs.porvoo ?? "";
  ids.cleaning = await createFixturePlan(database, espoo, {
    title: { fi: "Zeppelinkoulujen siivouspalvelut", sv: "Städtjänster för zeppelinskolor" },
    dialogueStart: "2020-01-01",
    dialogueEnd: "2099-12-31",
  });
  ids.windows = await createFixturePlan(database, porvoo, {
    title: { fi: "Zeppelintalojen ikkunanpesu", sv: "Fönstertvätt för zeppelinhus" },
    mainCpv: "90911000",
    estimatedValueEur: 50_000,
    tenderQuarter: 2,
  });
  ids.health = await createFixturePlan(database, espoo, {
    title: { fi: "Zeppelinin työterveyshuolto" },
    mainCpv: "85147000",
  });
  const services = { database };
  await transitionPlan({
    services,
    viewer: fixtureAdmin,
    planId: ids.health,
    transition: transitionSchema.parse({ to: "tender-published", hilmaNotice: "2029-000111" }),
  });
  await transitionPlan({
    services,
    viewer: fixtureAdmin,
    planId: ids.health,
    transition: transitionSchema.parse({ to: "contract-awarded", contractEnd: "2098-06-30" }),
  });
  // Planned for a quarter that has passed, still an idea: finished for the forward plan (issue 12 point 10).
  ids.bridge = await createFixturePlan(database, porvoo, {
    title: { fi: "Zeppelinsillan kunnostus" },
    mainCpv: "45221111",
  });
  await database.db
    .update(plansPlan)
    .set({ tenderYear: 2021, tenderQuarter: 3 })
    .where(eq(plansPlan.id, ids.bridge));
  ids.draft = await createFixturePlan(database, espoo, { title: { fi: secret[0] }, visibility: "draft" });
  ids.internal = await createFixturePlan(database, porvoo, {
    title: { fi: secret[1] },
    mainCpv: "90911000",
    visibility: "internal",
  });
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const page = async (path: string) => {
  const response = await fetch(`${server.url}${path}`, { redirect: "manual" });
  return { status: response.status, html: await response.text() };
};
const expectNoSecrets = (html: string) => {
  for (const title of secret) expect(html).not.toContain(title);
};

describe("public forward plan pages", () => {
  it.each(["fi", "sv", "en"])("lists public plans only, in %s", async (lang) => {
    const { status, html } = await page(`/${lang}/plans?q=zeppelin`);
    expect(status).toBe(200);
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(
      lang === "sv" ? "Städtjänster för zeppelinskolor" : "Zeppelinkoulujen siivouspalvelut",
    );
    expect(html).toContain(`/${lang}/plans/${ids.windows}`);
    expectNoSecrets(html);
  });

  it("shows facet counts that leave drafts and internal plans out", async () => {
    const { html } = await page("/fi/plans?q=zeppelin&phase=all");
    expect(html).toContain("Löytyi 4 suunnitelmaa.");
    expect(html).toMatch(/Espoon kaupunki \(2\)/);
    expect(html).toMatch(/Porvoon kaupunki \(2\)/);
    expect(html).toMatch(/Idea \(3\)/);
  });

  it("opens with upcoming and ongoing plans by planned tender date; finished ones behind a filter", async () => {
    const current = await page("/fi/plans?q=zeppelin&sort=tender");
    expect(current.html).toContain("Löytyi 2 suunnitelmaa.");
    expect(current.html.indexOf("Zeppelinkoulujen")).toBeLessThan(current.html.indexOf("Zeppelintalojen"));
    expect(current.html).not.toContain("Zeppelinin työterveyshuolto");
    expect(current.html).not.toContain("Zeppelinsillan kunnostus");
    expect(current.html).toMatch(/<option value="current" selected="">Tulevat ja käynnissä olevat/);
    expect(current.html).toContain("phase=finished");
    // Feeds, downloads and watches follow every public plan of the filters: no phase in their links.
    expect(current.html).toContain("/api/v1/plans.atom?q=zeppelin&amp;lang=fi");
    const finished = await page("/sv/plans?q=zeppelin&phase=finished");
    expect(finished.html).toContain("Zeppelinin työterveyshuolto");
    expect(finished.html).toContain("Zeppelinsillan kunnostus");
    expect(finished.html).not.toContain("Städtjänster för zeppelinskolor");
    // A chosen stage shows its plans whatever their phase (older links to awarded plans still work).
    const awarded = await page("/en/plans?q=zeppelin&status=contract-awarded");
    expect(awarded.html).toContain("Zeppelinin työterveyshuolto");
    const porvoo = await page(`/fi/organisations/${orgs.porvoo}`);
    expect(porvoo.html).toContain("Zeppelintalojen ikkunanpesu");
    expect(porvoo.html).not.toContain("Zeppelinsillan kunnostus");
    expect(porvoo.html).toContain(`/fi/plans?organisation=${orgs.porvoo}&amp;phase=finished`);
  });

  it("keeps the filters behind one button that works without JavaScript", async () => {
    const { html } = await page("/fi/plans?q=zeppelin&lots=no&valueBand=eu");
    const details = html.indexOf('<details class="plan-filters-more"');
    expect(details).toBeGreaterThan(html.indexOf('id="plans-q"'));
    expect(html.indexOf('id="plans-organisation"')).toBeGreaterThan(details);
    expect(html.indexOf('id="plans-sort"')).toBeGreaterThan(details);
    expect(html).toContain("Valittuja rajauksia: 2");
  });

  it("keeps every filter in the URL", async () => {
    const espoo = orgs.espoo ?? "";
    const byOrganisation = await page(`/fi/plans?q=zeppelin&organisation=${espoo}&status=idea`);
    expect(byOrganisation.html).toContain("Löytyi 1 suunnitelma.");
    expect(byOrganisation.html).toContain("Zeppelinkoulujen siivouspalvelut");
    const byCpv = await page("/fi/plans?q=zeppelin&cpv=90900000&sort=value");
    expect(byCpv.html).toContain("Löytyi 2 suunnitelmaa.");
    expect(byCpv.html.indexOf("Zeppelinkoulujen")).toBeLessThan(byCpv.html.indexOf("Zeppelintalojen"));
    const dialogue = await page("/en/plans?q=zeppelin&dialogueOpen=1");
    expect(dialogue.html).toContain("1 plan found.");
    const none = await page("/sv/plans?q=zeppelin&year=2031");
    expect(none.html).toContain("Inga offentliga planer motsvarar avgränsningarna.");
  });

  it("finds compound words and marks them safely", async () => {
    const { html } = await page("/fi/plans?q=koulujen+siivous");
    expect(html).toContain("Zeppelinkoulujen siivouspalvelut");
    expect(html).toMatch(/<mark>siivous<\/mark>/i);
    const script = await page("/fi/plans?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    expect(script.status).toBe(200);
    expect(script.html).not.toContain("<script>alert(1)</script>");
    expectNoSecrets((await page("/fi/plans?q=zeppelinhallin")).html);
  });

  it("shows a public plan page, and 404 for drafts and internal plans", async () => {
    const plan = await page(`/sv/plans/${ids.windows}`);
    expect(plan.status).toBe(200);
    expect(plan.html).toContain("Fönstertvätt för zeppelinhus");
    expect(plan.html).toContain("90911000");
    expect(plan.html).toContain("Versionshistorik");
    expect((await page(`/fi/plans/${ids.draft}`)).status).toBe(404);
    expect((await page(`/fi/plans/${ids.internal}`)).status).toBe(404);
    expect((await page("/fi/plans/not-a-plan")).status).toBe(404);
  });

  it("groups the timeline, forecast and joint candidates from public plans only", async () => {
    const timeline = await page("/fi/plans/timeline");
    expect(timeline.status).toBe(200);
    expect(timeline.html).toContain("Q1/2030");
    expect(timeline.html).toContain("Zeppelinkoulujen siivouspalvelut");
    expectNoSecrets(timeline.html);
    const forecast = await page("/en/plans/forecast");
    expect(forecast.html).toContain("Q2 2098");
    expect(forecast.html).toContain("Zeppelinin työterveyshuolto");
    expectNoSecrets(forecast.html);
    const joint = await page("/fi/plans/joint-candidates");
    expect(joint.html).toContain("CPV-ryhmä 909");
    expect(joint.html).toContain("Zeppelintalojen ikkunanpesu");
    expectNoSecrets(joint.html);
  });

  it("links the forward plan from the navigation, sitemap and organisation page", async () => {
    const home = await page("/sv/");
    expect(home.html).toContain('href="/sv/plans"');
    expect(home.html).toContain("Upphandlingskalender");
    const sitemap = await page("/sitemap.xml");
    expect(sitemap.html).toContain(`/fi/plans/${ids.cleaning}`);
    expect(sitemap.html).not.toContain(ids.draft);
    expect(sitemap.html).not.toContain(ids.internal);
    const organisation = await page(`/fi/organisations/${orgs.espoo}`);
    expect(organisation.html).toContain("Zeppelinkoulujen siivouspalvelut");
    expect(organisation.html).toContain(`/fi/plans?organisation=${orgs.espoo}`);
    expectNoSecrets(organisation.html);
  });
});
