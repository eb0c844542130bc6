import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { logInAs } from "../../app/test/http-session.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 12 point 19: an organisation's name in the reader's language (Borgå stad on /sv/, City of Espoo
// on /en/), from the reference data by migration 0021's trigger; and the audit log in words of the
// reader's language instead of action keys and JSON.

let server: TestServer;
const ids = { espoo: "", porvoo: "", plan: "" };

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.services.database;
  for (const slug of ["espoo", "porvoo"] as const) {
    const [row] = await db
      .select({ id: organisationsOrganisation.id })
      .from(organisationsOrganisation)
      .where(eq(organisationsOrganisation.slug, slug));
    ids[slug] = row?.id ?? "";
  }
  ids.plan = await createFixturePlan(server.services.database, ids.espoo);
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const page = async (path: string, cookie = "") => {
  const response = await fetch(`${server.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
  expect(response.status, path).toBe(200);
  return response.text();
};

describe("organisation names per language", () => {
  it("names a municipality in Swedish and English from the reference data", async () => {
    const { db } = server.services.database;
    const [porvoo] = await db
      .select()
      .from(organisationsOrganisation)
      .where(eq(organisationsOrganisation.id, ids.porvoo));
    expect([porvoo?.name, porvoo?.nameSv, porvoo?.nameEn]).toEqual([
      "Porvoon kaupunki",
      "Borgå stad",
      "City of Porvoo",
    ]);
    expect(await page(`/sv/organisations/${ids.porvoo}`)).toContain("Borgå stad");
    expect(await page(`/en/organisations/${ids.porvoo}`)).toContain("City of Porvoo");
    expect(await page(`/fi/organisations/${ids.porvoo}`)).toContain("Porvoon kaupunki");
    const list = await page("/sv/organisations");
    expect(list).toContain("Esbo stad");
    expect(list).not.toContain("Espoon kaupunki");
  });

  it("shows the plan's organisation by locale on the forward plan and the plan page", async () => {
    expect(await page("/sv/plans")).toContain("Esbo stad");
    expect(await page(`/sv/plans/${ids.plan}`)).toContain("Esbo stad");
    expect(await page(`/en/plans/${ids.plan}`)).toContain("City of Espoo");
    expect(await page(`/fi/plans/${ids.plan}`)).toContain("Espoon kaupunki");
  });

  it("names the organisation by locale in the header's switcher and in the API", async () => {
    const cookie = await logInAs(server.url, "hankinnat@espoo.example");
    const header = (html: string) => /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? "";
    expect(header(await page("/sv/account", cookie))).toContain("Esbo stad");
    expect(header(await page("/en/account", cookie))).toContain("City of Espoo");
    expect(header(await page("/fi/account", cookie))).toContain("Espoon kaupunki");
    const api = JSON.parse(await page(`/api/v1/plans/${ids.plan}`));
    expect(api.data.organisation).toMatchObject({
      name: "Espoon kaupunki",
      names: { fi: "Espoon kaupunki", sv: "Esbo stad", en: "City of Espoo" },
    });
  });
});

describe("the organisation's audit log", () => {
  it("says what was done and what changed in the reader's language, without keys or JSON", async () => {
    const cookie = await logInAs(server.url, "hankinnat@espoo.example");
    // The table as rendered (the page's hydration data carries the entries too).
    const table = (html: string) => /<table[\s\S]*<\/table>/.exec(html)?.[0] ?? "";
    const fi = table(await page(`/fi/organisations/${ids.espoo}/audit`, cookie));
    expect(fi).toContain("Loi hankintasuunnitelman");
    expect(fi).toContain("Otsikko: Koulujen siivouspalvelut");
    expect(fi).toContain("Näkyvyys: Julkinen");
    expect(fi).not.toContain("plans.create");
    expect(fi).not.toMatch(/\{&quot;|\{"title/);
    const sv = table(await page(`/sv/organisations/${ids.espoo}/audit`, cookie));
    expect(sv).toContain("Skapade en upphandlingsplan");
    expect(sv).toContain("Synlighet: ");
    const en = table(await page(`/en/organisations/${ids.espoo}/audit`, cookie));
    expect(en).toContain("Created a procurement plan");
    expect(en).toContain("Visibility: Public");
  });
});
