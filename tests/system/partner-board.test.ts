import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { plansPlan } from "../../app/modules/plans/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 12 point 17: companies browse other companies' open partner requests by CPV code, region and
// plan, a page at a time; the forward plan filters plans that have an open partner request.

let server: TestServer;
const plans = { cleaning: "", catering: "", joint: "", quiet: "" };
let catering = "";
let kirkas = "";

const title = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

async function organisationId(slug: string) {
  const [row] = await server.services.database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, slug));
  return row?.id ?? "";
}

async function post(cookie: string, planId: string, description: string, kind = "subcontracting") {
  const response = await postForm(
    server.url,
    `/fi/plans/${planId}/partners/new`,
    { kind, direction: "seeking", description },
    cookie,
  );
  expect(response.status, description).toBe(302);
}

beforeAll(async () => {
  server = await startTestServer();
  const database = server.services.database;
  const [espoo, porvoo, joint] = await Promise.all(["espoo", "porvoo", "joint"].map(organisationId));
  plans.cleaning = await createFixturePlan(database, espoo ?? "", {
    title: title("Koulujen siivous Espoossa"),
    mainCpv: "90910000",
  });
  plans.catering = await createFixturePlan(database, porvoo ?? "", {
    title: title("Kouluruokailu Porvoossa"),
    mainCpv: "55520000",
  });
  plans.joint = await createFixturePlan(database, joint ?? "", {
    title: title("Yhteishankinnan ikkunanpesu"),
    mainCpv: "90911300",
  });
  plans.quiet = await createFixturePlan(database, espoo ?? "", {
    title: title("Hiljainen hankinta ilman kumppanihakuja"),
    mainCpv: "90910000",
  });
  catering = await logInAs(server.url, "catering@lahiruoka.example");
  kirkas = await logInAs(server.url, "yrittaja@kirkas.example");
  await post(catering, plans.cleaning, "Haemme alihankkijaa koulujen ikkunanpesuun Espoossa.");
  await post(catering, plans.catering, "Haemme alihankkijaa kuljetuksiin Porvoossa.");
  await post(catering, plans.joint, "Haemme kumppania yhteishankinnan ikkunanpesuun.", "joint-tender");
  await post(kirkas, plans.cleaning, "Oma hakumme, jota emme itse näe taululla.");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const board = async (query = "", cookie = kirkas) => {
  const response = await fetch(`${server.url}/fi/partners/board${query}`, { headers: { Cookie: cookie } });
  return { status: response.status, html: await response.text() };
};
/** The page's visible list (the hydration data repeats the rows). */
const list = (html: string) => /<ul class="card-list">[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";

describe("the partner board", () => {
  it("shows other companies' open requests on public plans, never the viewer's own", async () => {
    const { status, html } = await board();
    expect(status).toBe(200);
    expect(html).toContain("Löytyi 3 avointa kumppanihakua.");
    const shown = list(html);
    expect(shown).toContain("Lähiruoka Catering Oy – hakee alihankkijaa");
    expect(shown).toContain("Koulujen siivous Espoossa");
    expect(shown).not.toContain("Oma hakumme");
  });

  it("filters by CPV code with its sub-codes, by region and by plan", async () => {
    const cpv = list((await board("?cpv=90910000")).html);
    expect(cpv).toContain("Koulujen siivous Espoossa");
    expect(cpv).toContain("Yhteishankinnan ikkunanpesu");
    expect(cpv).not.toContain("Kouluruokailu Porvoossa");
    const region = await board("?region=01");
    expect(region.html).toContain("Löytyi 2 avointa kumppanihakua.");
    expect(list(region.html)).not.toContain("Yhteishankinnan ikkunanpesu");
    const plan = await board(`?plan=${plans.catering}`);
    expect(plan.html).toContain("Löytyi 1 avoin kumppanihaku.");
    expect(plan.html).toContain("Näytetään vain suunnitelman ”Kouluruokailu Porvoossa” kumppanihaut.");
    expect((await board("?cpv=nonsense&region=%00&plan=x")).status).toBe(200);
  });

  it("leaves out a request whose plan is no longer public", async () => {
    await server.services.database.db
      .update(plansPlan)
      .set({ visibility: "draft" })
      .where(eq(plansPlan.id, plans.joint));
    const { html } = await board();
    expect(html).toContain("Löytyi 2 avointa kumppanihakua.");
    expect(list(html)).not.toContain("Yhteishankinnan ikkunanpesu");
    await server.services.database.db
      .update(plansPlan)
      .set({ visibility: "public" })
      .where(eq(plansPlan.id, plans.joint));
  });

  it("pages through many requests", async () => {
    for (let i = 0; i < 20; i += 1)
      await post(catering, plans.catering, `Lisähaku numero ${i}: haemme alihankkijaa jakeluun.`);
    const first = await board();
    expect(first.html).toContain("Löytyi 23 avointa kumppanihakua.");
    expect(first.html).toContain("Sivu 1 / 2");
    const second = await board("?page=2");
    expect((list(second.html).match(/class="card"/g) ?? []).length).toBe(3);
  });

  it("is for company representatives: a buyer is refused, a visitor sent to log in", async () => {
    const buyer = await logInAs(server.url, "hankinnat@espoo.example");
    expect((await board("", buyer)).status).toBe(403);
    const visitor = await fetch(`${server.url}/fi/partners/board`, { redirect: "manual" });
    expect(visitor.status).toBe(302);
  });
});

describe("the forward plan's filter", () => {
  it("shows only plans that have an open partner request", async () => {
    const html = await (await fetch(`${server.url}/fi/plans?partnerRequests=1`)).text();
    expect(html).toContain("Koulujen siivous Espoossa");
    expect(html).toContain("Kouluruokailu Porvoossa");
    expect(html).not.toContain("Hiljainen hankinta ilman kumppanihakuja");
    expect(html).toContain('id="plans-partner-requests"');
  });

  it("is an API parameter too, and the feeds take it", async () => {
    const ids = async (query: string) =>
      ((await (await fetch(`${server.url}/api/v1/plans?${query}`)).json()).data as { id: string }[]).map(
        (plan) => plan.id,
      );
    const all = await ids("limit=100");
    const withRequests = await ids("partnerRequests=1&limit=100");
    expect(withRequests).toContain(plans.cleaning);
    expect(withRequests).toContain(plans.catering);
    expect(withRequests).not.toContain(plans.quiet);
    expect(await ids("partnerRequests=0&limit=100")).toEqual(all);
    const refused = await fetch(`${server.url}/api/v1/plans?partnerRequests=maybe`);
    expect(refused.status).toBe(400);
    const atom = await (await fetch(`${server.url}/api/v1/plans.atom?partnerRequests=1`)).text();
    expect(atom).toContain("Koulujen siivous Espoossa");
    expect(atom).not.toContain("Hiljainen hankinta ilman kumppanihakuja");
  });
});
