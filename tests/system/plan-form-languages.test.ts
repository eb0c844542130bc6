import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { plansPlan } from "../../app/modules/plans/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 12 point 3: a plan's texts are required in one of the organisation's official languages, as
// the reference data's municipality language says (Espoo: Finnish and Swedish). Posted as a browser
// without JavaScript posts the plan form.
let server: TestServer;
let buyer: string;

beforeAll(async () => {
  server = await startTestServer();
  buyer = await logInAs(server.url, "asiantuntija@espoo.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

const swedishOnly = {
  intent: "save",
  "title.sv": "Skolmåltider i Esbo",
  "need.sv": "Näringsrika och goda måltider för alla elever.",
  mainCpv: "55524000",
  valueCategory: "other-special-services",
  estimatedValueEur: "320 000",
  "noLotsReason.sv": "Ett enda kök lagar maten för alla skolor.",
  visibility: "draft",
};

const setMunicipality = (code: string) =>
  server.services.database.db
    .update(organisationsOrganisation)
    .set({ municipalityCode: code })
    .where(eq(organisationsOrganisation.slug, "espoo"));

describe("plan texts in the organisation's official languages", () => {
  it("saves a plan of a bilingual municipality written in Swedish only", async () => {
    const response = await postForm(server.url, "/sv/workspace/plans/new", swedishOnly, buyer);
    expect(response.status, await response.clone().text()).toBe(302);
    const planId = (response.headers.get("location") ?? "").split("/").pop()?.split("?")[0] ?? "";
    const [plan] = await server.services.database.db.select().from(plansPlan).where(eq(plansPlan.id, planId));
    expect(plan?.title).toEqual({ sv: "Skolmåltider i Esbo" });
    expect(plan?.noLotsReason).toEqual({ sv: "Ett enda kök lagar maten för alla skolor." });
    const page = await fetch(`${server.url}/fi/workspace/plans/${planId}`, { headers: { Cookie: buyer } });
    // A Finnish reader sees the Swedish title, marked as Swedish.
    expect(await page.text()).toContain('<span lang="sv">Skolmåltider i Esbo</span>');
  });

  it("finds a public Swedish-only plan by a part of its need's words (migration 0023)", async () => {
    const response = await postForm(
      server.url,
      "/sv/workspace/plans/new",
      {
        ...swedishOnly,
        "title.sv": "Mellanmål i Esbo",
        "need.sv": "Mellanmål för eftermiddagsverksamheten i lågstadieskolorna.",
        visibility: "public",
      },
      buyer,
    );
    expect(response.status).toBe(302);
    const planId = (response.headers.get("location") ?? "").split("/").pop()?.split("?")[0] ?? "";
    // "verksamheten" appears only inside a compound of the need: found by the plain-text match, which
    // covered the Finnish need only before.
    const found = await (await fetch(`${server.url}/api/v1/plans?q=verksamheten`)).json();
    expect(found.data.map((plan: { id: string }) => plan.id)).toEqual([planId]);
  });

  it("needs Finnish from a Finnish-only municipality and Swedish from a Swedish-only one", async () => {
    try {
      await setMunicipality("005"); // Alajärvi: Finnish
      const finnishOnly = await postForm(server.url, "/fi/workspace/plans/new", swedishOnly, buyer);
      expect(finnishOnly.status).toBe(400);
      const body = await finnishOnly.text();
      expect(body).toContain('id="plan-title-fi-error"');
      expect(body).toContain("Organisaatiosi virallinen kieli on suomi: kirjoita teksti suomeksi.");
      expect(body).toContain("Hankinnan nimi suomeksi (pakollinen)");

      await setMunicipality("035"); // Brändö: Swedish
      const swedishForm = await fetch(`${server.url}/sv/workspace/plans/new`, { headers: { Cookie: buyer } });
      expect(await swedishForm.text()).toContain("Din organisations officiella språk är svenska");
      const finnishPlan = {
        ...swedishOnly,
        "title.sv": "",
        "title.fi": "Kouluruoka",
        "need.sv": "",
        "need.fi": "Ravitsevaa ruokaa.",
      };
      const refused = await postForm(server.url, "/sv/workspace/plans/new", finnishPlan, buyer);
      expect(refused.status).toBe(400);
      const refusedBody = await refused.text();
      expect(refusedBody).toContain('id="plan-title-sv-error"');
      expect(refusedBody).toContain(
        "Din organisations officiella språk är svenska: skriv texten på svenska.",
      );
      expect((await postForm(server.url, "/sv/workspace/plans/new", swedishOnly, buyer)).status).toBe(302);
    } finally {
      await setMunicipality("049");
    }
  });

  it("shows the procurement kind the main CPV code suggests and its thresholds", async () => {
    const response = await postForm(
      server.url,
      "/fi/workspace/plans/new",
      { ...swedishOnly, intent: "searchCpv", mainCpv: "85311000", valueCategory: "goods-services" },
      buyer,
    );
    const body = await response.text();
    expect(body).toContain(
      "Pääkoodi 85311000 on sosiaali- tai terveyspalvelu (hankintalain liite E, kohta 1).",
    );
    expect(body).toContain(
      "”Tavarat ja palvelut”, mutta pääkoodin mukaan laji on ”Sosiaali- ja terveyspalvelut”",
    );
    expect(body).toMatch(
      /Valitun hankintalajin kynnysarvot ovat 60\s000\s€ \(kansallinen\) ja 216\s000\s€ \(EU\)/,
    );
  });
});
