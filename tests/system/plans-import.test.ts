import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { plansPlan } from "../../app/modules/plans/tables.ts";
import { logInAs } from "../../app/test/http-session.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { zipBomb } from "../../app/test/xlsx-archives.ts";

let server: TestServer;
let buyer: string;
let espoo: string;
beforeAll(async () => {
  server = await startTestServer();
  buyer = await logInAs(server.url, "asiantuntija@espoo.example");
  const [row] = await server.services.database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  espoo = row?.id ?? "";
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

function upload(csv: string | Uint8Array<ArrayBuffer>, cookie: string, name = "suunnitelma.csv") {
  const form = new FormData();
  form.set("intent", "preview");
  form.set("file", new File([csv], name, { type: "text/csv" }));
  return fetch(`${server.url}/fi/workspace/plans/import`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie, Origin: server.url },
  });
}

const csv = [
  "title_fi,need_fi,main_cpv,estimated_value_eur,tender_year,tender_quarter,divided_into_lots,no_lots_reason_fi,visibility",
  "Kirjastojen aineistohankinnat,Monipuoliset kokoelmat kaikille,22113000-5,180000,2027,1,ei,Yksi toimittaja kattaa kaikki kirjastot,public",
  "Virheellinen rivi,,999,abc,2027,9,ei,,public",
].join("\n");

describe("importing the forward plan from a spreadsheet", () => {
  it("previews rows with their errors and saves only after confirmation", async () => {
    const before = await server.services.database.db
      .select()
      .from(plansPlan)
      .where(eq(plansPlan.organisationId, espoo));
    const preview = await upload(csv, buyer);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("1 kelvollista riviä, 1 virheellistä.");
    expect(html).toContain("<code>main_cpv</code>");
    expect(html).toContain("<code>need_fi</code>");
    const afterPreview = await server.services.database.db
      .select()
      .from(plansPlan)
      .where(eq(plansPlan.organisationId, espoo));
    expect(afterPreview.length).toBe(before.length);

    const rows =
      /name="rows" value="([^"]*)"/
        .exec(html)?.[1]
        ?.replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&") ?? "";
    const confirm = await fetch(`${server.url}/fi/workspace/plans/import`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: buyer, Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "confirm", rows }),
    });
    expect(confirm.status).toBe(302);
    const after = await server.services.database.db
      .select()
      .from(plansPlan)
      .where(eq(plansPlan.organisationId, espoo));
    expect(after.length).toBe(before.length + 1);
    expect(after.map((plan) => plan.title.fi)).toContain("Kirjastojen aineistohankinnat");
  });

  it("re-checks confirmed rows: tampered rows save nothing", async () => {
    const before = await server.services.database.db.select().from(plansPlan);
    const tampered = JSON.stringify([
      {
        rowNumber: 2,
        record: {
          title_fi: "X",
          need_fi: "Y",
          main_cpv: "00000000",
          divided_into_lots: "ei",
          no_lots_reason_fi: "z",
        },
      },
    ]);
    const confirm = await fetch(`${server.url}/fi/workspace/plans/import`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: buyer, Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "confirm", rows: tampered }),
    });
    expect(confirm.status).toBe(409);
    expect((await server.services.database.db.select().from(plansPlan)).length).toBe(before.length);
  });

  it("reads a Finnish Excel CSV: semicolons and Windows-1252 (issue 12 point 5)", async () => {
    const fixture = new URL("../fixtures/plans-excel-fi-windows-1252.csv", import.meta.url);
    const bytes = new Uint8Array(readFileSync(fixture));
    // The fixture really is Windows-1252: "ä" is one byte (0xE4), so it is no UTF-8.
    expect(bytes.includes(0xe4)).toBe(true);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const preview = await upload(bytes, buyer, "Hankintasuunnitelma.csv");
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("2 kelvollista riviä, 0 virheellistä.");
    expect(html).toContain("Päiväkotien ateriapalvelut");
    expect(html).toContain("Kotihoidon tukipalvelut – öisin");
    expect(html).not.toContain("Tiedosto ei ole CSV- tai XLSX-taulukko.");
  });

  it("links the import from the workspace plan list", async () => {
    const list = await fetch(`${server.url}/fi/workspace/plans`, { headers: { Cookie: buyer } });
    expect(await list.text()).toContain('href="/fi/workspace/plans/import"');
  });

  it("refuses a file that is not a spreadsheet", async () => {
    const response = await upload("\u0000\u0001binary", buyer);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Tiedosto ei ole CSV- tai XLSX-taulukko.");
  });

  it("refuses a zip bomb quickly with a clear message, and keeps serving", async () => {
    const response = await upload((await zipBomb()) as Uint8Array<ArrayBuffer>, buyer, "suunnitelma.xlsx");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Taulukko purkautuu aivan liian suureksi");
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it("exports the organisation's plans as XLSX and CSV", async () => {
    const xlsx = await fetch(`${server.url}/fi/workspace/plans/sheet/export.xlsx`, {
      headers: { Cookie: buyer },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const csvResponse = await fetch(`${server.url}/fi/workspace/plans/sheet/export.csv`, {
      headers: { Cookie: buyer },
    });
    expect(await csvResponse.text()).toContain("Kirjastojen aineistohankinnat");
  });
});
