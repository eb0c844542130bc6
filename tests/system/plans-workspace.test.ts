import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../app/modules/audit/tables.ts";
import { plansPlan, plansVersion } from "../../app/modules/plans/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// The buyer workspace over HTTP, as a browser without JavaScript uses it.
let server: TestServer;
let buyer: string;
let leadership: string;
let company: string;

beforeAll(async () => {
  server = await startTestServer();
  buyer = await logInAs(server.url, "asiantuntija@espoo.example");
  leadership = await logInAs(server.url, "johto@espoo.example");
  company = await logInAs(server.url, "yrittaja@kirkas.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const get = (path: string, cookie?: string) =>
  fetch(`${server.url}${path}`, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
const planCount = async () =>
  Number((await server.services.database.db.select({ n: count() }).from(plansPlan))[0]?.n ?? 0);

const validPlan = {
  intent: "save",
  "title.fi": "Koulujen siivouspalvelut",
  "title.sv": "Städtjänster för skolor",
  "need.fi": "Puhtaat ja terveelliset oppimisympäristöt 30 koululle.",
  mainCpv: "90910000-9",
  estimatedValueEur: "450 000",
  valueCategory: "goods-services",
  tenderYear: "2027",
  tenderQuarter: "2",
  procedure: "open",
  "noLotsReason.fi": "Yksi kokonaisuus on koulujen kannalta toimivin.",
  sustainability: "strategic-procurement/env-imp",
  contactName: "Helmi Hankkija",
  contactEmail: "hankinnat@espoo.example",
  confidence: "likely",
  visibility: "draft",
};

describe("buyer workspace", () => {
  let planId = "";

  it("shows the Procurements link to authority staff only", async () => {
    expect(await (await get("/fi/", buyer)).text()).toContain('href="/fi/workspace/plans"');
    expect(await (await get("/sv/", leadership)).text()).toContain("Upphandlingar");
    expect(await (await get("/fi/", company)).text()).not.toContain("/workspace/plans");
  });

  it("shows field errors for bad input, keeps what was typed and saves nothing", async () => {
    const before = await planCount();
    const response = await postForm(
      server.url,
      "/fi/workspace/plans/new",
      // No title in either official language (a Swedish title alone would do: issue 12 point 3).
      { ...validPlan, "title.fi": "", "title.sv": "", mainCpv: "abc", estimatedValueEur: "paljon" },
      buyer,
    );
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain("Tarkista nämä kentät");
    expect(body).toContain('href="#plan-title-fi"');
    expect(body).toContain('id="plan-title-fi-error"');
    expect(body).toContain("Kirjoita teksti suomeksi tai ruotsiksi.");
    // Errors name the bad value (issue 12 point 13).
    expect(body).toContain("”abc” ei ole CPV-koodi. Anna 8 numeroa, esim. 90910000-9.");
    expect(body).toContain("”paljon” ei ole kokonaisluku.");
    expect(body).toContain('value="hankinnat@espoo.example"');
    expect(await planCount()).toBe(before);
  });

  it("creates a plan in Finnish with a Swedish title", async () => {
    const response = await postForm(server.url, "/fi/workspace/plans/new", validPlan, buyer);
    expect(response.status, await response.clone().text()).toBe(302);
    const location = response.headers.get("location") ?? "";
    expect(location).toMatch(/\/fi\/workspace\/plans\/[\w-]+\?created=1$/);
    planId = location.split("/").pop()?.split("?")[0] ?? "";
    const [plan] = await server.services.database.db.select().from(plansPlan).where(eq(plansPlan.id, planId));
    expect(plan).toMatchObject({
      title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor" },
      estimatedValueEur: 450_000,
      tenderQuarter: 2,
      visibility: "draft",
    });
    const list = await (await get("/sv/workspace/plans?sort=title&direction=asc", buyer)).text();
    expect(list).toContain("Städtjänster för skolor");
    expect(list).toContain('aria-sort="ascending"');
    const drafts = await (await get("/fi/workspace/plans?visibility=public", buyer)).text();
    expect(drafts).not.toContain("Koulujen siivouspalvelut");
  });

  it("searches the organisation's own plans with ?q= (title, need or the start of a CPV code)", async () => {
    const found = await (await get("/fi/workspace/plans?q=siivouspalv", buyer)).text();
    expect(found).toContain(`/fi/workspace/plans/${planId}"`);
    expect(found).toContain('value="siivouspalv"');
    const byNeed = await (await get("/sv/workspace/plans?q=oppimisymp%C3%A4rist%C3%B6t", buyer)).text();
    expect(byNeed).toContain(`/sv/workspace/plans/${planId}"`);
    const byCpv = await (await get("/fi/workspace/plans?q=9091", buyer)).text();
    expect(byCpv).toContain(`/fi/workspace/plans/${planId}"`);
    const none = await (await get("/fi/workspace/plans?q=zeppelinhalli", buyer)).text();
    expect(none).not.toContain(`/fi/workspace/plans/${planId}"`);
    expect(none).toContain("Rajauksella ei löytynyt suunnitelmia.");
    // `%` and `_` are letters to look for, not patterns.
    const percent = await (await get("/fi/workspace/plans?q=siivous%25", buyer)).text();
    expect(percent).not.toContain(`/fi/workspace/plans/${planId}"`);
  });

  it("publishes it through the publish step with a preview; then a change needs a reason and makes a version", async () => {
    const { visibility: _visibility, ...formFields } = validPlan;
    const edit0 = await (await get(`/fi/workspace/plans/${planId}/edit`, buyer)).text();
    expect(edit0).not.toContain('id="plan-visibility"');
    const step = await get(`/fi/workspace/plans/${planId}/publish`, buyer);
    expect(step.status).toBe(200);
    const preview = await step.text();
    expect(preview).toContain("Esikatselu: suunnitelman julkinen sivu");
    expect(preview).toContain("Puhtaat ja terveelliset oppimisympäristöt 30 koululle.");
    expect(preview).toContain('id="publish-confirm"');
    const unconfirmed = await postForm(
      server.url,
      `/fi/workspace/plans/${planId}/publish`,
      { intent: "publish" },
      buyer,
    );
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Vahvista julkaisu rastittamalla ruutu.");
    const stillDraft = await server.services.database.db
      .select()
      .from(plansPlan)
      .where(eq(plansPlan.id, planId));
    expect(stillDraft[0]?.visibility).toBe("draft");
    const publish = await postForm(
      server.url,
      `/fi/workspace/plans/${planId}/publish`,
      { intent: "publish", confirm: "on" },
      buyer,
    );
    expect(publish.status).toBe(302);
    expect(publish.headers.get("location")).toBe(`/fi/workspace/plans/${planId}?published=1`);
    const published = await (await get(`/fi/workspace/plans/${planId}?published=1`, buyer)).text();
    expect(published).toContain("Suunnitelma on julkaistu hankintakalenterissa.");
    expect(published).toContain(`href="/fi/plans/${planId}"`);
    const listed = await (await get("/fi/workspace/plans", buyer)).text();
    expect(listed).toContain(`href="/fi/plans/${planId}"`);
    const edit = await (await get(`/fi/workspace/plans/${planId}/edit`, buyer)).text();
    expect(edit).toContain('id="plan-changeReason"');
    // The edit form has no visibility: saving keeps the plan public.
    const changed = { ...formFields, estimatedValueEur: "100000" };
    const noReason = await postForm(server.url, `/fi/workspace/plans/${planId}/edit`, changed, buyer);
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Kerro, miksi julkista suunnitelmaa muutetaan");
    const withReason = await postForm(
      server.url,
      `/fi/workspace/plans/${planId}/edit`,
      { ...changed, changeReason: "Markkinakartoitus tarkensi arviota" },
      buyer,
    );
    expect(withReason.status).toBe(302);
    const [saved] = await server.services.database.db
      .select()
      .from(plansPlan)
      .where(eq(plansPlan.id, planId));
    expect(saved?.visibility).toBe("public");
    const page = await (await get(`/fi/workspace/plans/${planId}`, buyer)).text();
    expect(page).toContain("Versio 2");
    expect(page).toContain("Markkinakartoitus tarkensi arviota");
    // Old → new values, not only the field's name.
    expect(page).toMatch(
      /Arvioitu arvo[^<]*<\/strong>:(<!-- -->)? <span class="version-old wrap">450\s000\s€<\/span>.*?<span class="version-new wrap">100\s000\s€<\/span>/s,
    );
    expect(page).toContain("muuttui muotoon");
    const sv = await (await get(`/sv/workspace/plans/${planId}`, buyer)).text();
    expect(sv).toContain("ändrades till");
    const versions = await server.services.database.db
      .select()
      .from(plansVersion)
      .where(eq(plansVersion.planId, planId));
    expect(versions).toHaveLength(2);
  });

  it("moves it through the lifecycle with the fields each step needs", async () => {
    const path = `/fi/workspace/plans/${planId}`;
    const form = await (await get(path, buyer)).text();
    // Whole sentences per case, and each field says which stage it belongs to (no JavaScript needed).
    expect(form).toContain("Kun tarjouspyyntö on julkaistu, anna Hilma-ilmoituksen osoite");
    expect(form).toContain("Täytä vain, jos valitset vaiheen Peruttu.");
    expect(form).toContain('data-stage="tender-published"');
    const missing = await postForm(server.url, path, { intent: "transition", to: "tender-published" }, buyer);
    expect(missing.status).toBe(400);
    const missingBody = await missing.text();
    expect(missingBody).toContain("Anna Hilma-ilmoituksen numero tai linkki");
    expect(missingBody).toContain('id="transition-errors-title"');
    expect(missingBody).toContain('href="#plan-hilmaNotice"');
    const notAddress = await postForm(
      server.url,
      path,
      { intent: "transition", to: "tender-published", hilmaNotice: "katso Hilmasta" },
      buyer,
    );
    expect(notAddress.status).toBe(400);
    expect(await notAddress.text()).toContain(
      "Anna Hilma-ilmoituksen osoite (https://www.hankintailmoitukset.fi/",
    );
    const http = await postForm(
      server.url,
      path,
      {
        intent: "transition",
        to: "tender-published",
        hilmaNotice: "http://www.hankintailmoitukset.fi/fi/public/procurement/92953/notice/136810/overview",
      },
      buyer,
    );
    expect(http.status).toBe(400);
    const notice = "https://www.hankintailmoitukset.fi/fi/public/procurement/92953/notice/136810/overview";
    const published = await postForm(
      server.url,
      path,
      { intent: "transition", to: "tender-published", hilmaNotice: notice },
      buyer,
    );
    expect(published.status).toBe(302);
    const page = await (await get(path, buyer)).text();
    expect(page).toContain("Tarjouspyyntö julkaistu");
    expect(page).toContain(`href="${notice}"`);
    expect(page).toContain('<option value="contract-awarded"');
    expect(page).not.toContain('<option value="idea"');
    const publicPage = await (await get(`/en/plans/${planId}`)).text();
    expect(publicPage).toContain(`href="${notice}"`);
    expect(publicPage).toContain("Open the notice in Hilma");
  });

  it("flags a plan whose planned quarter has passed without a stage change", async () => {
    const created = await postForm(
      server.url,
      "/fi/workspace/plans/new",
      { ...validPlan, "title.fi": "Vanhentunut aikataulu", tenderYear: "2021", tenderQuarter: "1" },
      buyer,
    );
    expect(created.status).toBe(302);
    const lateId = (created.headers.get("location") ?? "").split("/").pop()?.split("?")[0] ?? "";
    const list = await (await get("/fi/workspace/plans", buyer)).text();
    expect(list).toContain('id="workspace-overdue"');
    expect(list).toContain("Suunniteltu ajankohta on ohi");
    const onlyLate = await (await get("/en/workspace/plans?overdue=1", buyer)).text();
    expect(onlyLate).toContain(`/en/workspace/plans/${lateId}"`);
    expect(onlyLate).not.toContain(`/en/workspace/plans/${planId}"`);
    const plan = await (await get(`/sv/workspace/plans/${lateId}`, buyer)).text();
    expect(plan).toContain('id="plan-overdue"');
    expect(plan).toContain("Den planerade tidpunkten för anbudsförfrågan (Q1 2021) har passerat");
    // A plan that moved on (the tender is out) is not overdue, whatever its planned quarter.
    await postForm(
      server.url,
      `/fi/workspace/plans/${lateId}`,
      { intent: "transition", to: "cancelled", reason: "Tarve poistui." },
      buyer,
    );
    expect(await (await get(`/fi/workspace/plans/${lateId}`, buyer)).text()).not.toContain(
      'id="plan-overdue"',
    );
  });

  it("lets leadership read but not edit", async () => {
    const path = `/fi/workspace/plans/${planId}`;
    const page = await get(path, leadership);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain("Koulujen siivouspalvelut");
    expect(body).not.toContain(`${path}/edit`);
    expect((await get(`${path}/edit`, leadership)).status).toBe(403);
    expect((await get("/fi/workspace/plans/new", leadership)).status).toBe(403);
    const refused = await postForm(
      server.url,
      `${path}/edit`,
      { ...validPlan, changeReason: "x x x" },
      leadership,
    );
    expect(refused.status).toBe(403);
    const transition = await postForm(
      server.url,
      path,
      { intent: "transition", to: "cancelled", reason: "Ei tarvetta" },
      leadership,
    );
    expect(transition.status).toBe(403);
  });

  it("refuses a company user", async () => {
    expect((await get("/fi/workspace/plans", company)).status).toBe(403);
    expect((await get(`/fi/workspace/plans/${planId}`, company)).status).toBe(403);
    const post = await postForm(server.url, "/fi/workspace/plans/new", validPlan, company);
    expect(post.status).toBe(403);
  });

  it("duplicates as a draft and archives only after confirmation; both audited", async () => {
    const path = `/fi/workspace/plans/${planId}`;
    const duplicated = await postForm(server.url, path, { intent: "duplicate" }, buyer);
    expect(duplicated.status).toBe(302);
    const copyId = (duplicated.headers.get("location") ?? "").split("/").pop()?.split("?")[0] ?? "";
    const [copy] = await server.services.database.db.select().from(plansPlan).where(eq(plansPlan.id, copyId));
    expect(copy).toMatchObject({ visibility: "draft", status: "idea", hilmaNotice: null });
    const unconfirmed = await postForm(
      server.url,
      `/fi/workspace/plans/${copyId}`,
      { intent: "archive" },
      buyer,
    );
    expect(unconfirmed.status).toBe(400);
    const archived = await postForm(
      server.url,
      `/fi/workspace/plans/${copyId}`,
      { intent: "archive", confirm: "on" },
      buyer,
    );
    expect(archived.status).toBe(302);
    const list = await (await get("/fi/workspace/plans?visibility=draft", buyer)).text();
    expect(list).not.toContain(`/fi/workspace/plans/${copyId}"`);
    const audit = await server.services.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, copyId));
    expect(audit.map((row) => row.action).sort()).toEqual(["plans.archive", "plans.duplicate"]);
  });
});
