import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { listPlansForSheet, toPlanCsv, toPlanXlsx } from "./export-plans.server.ts";
import { checkPlanRows, importPlans } from "./import-plans.server.ts";
import { readPlanSheet } from "./read-plan-sheet.server.ts";
import { plansPlan } from "./tables.ts";

let database: TestDatabase;
const vantaa = randomUUID();
const buyer: Viewer = {
  userId: "buyer-v",
  name: "Ville Vantaalainen",
  email: "hankinnat@vantaa.example",
  locale: "fi",
  isPlatformAdmin: false,
  memberships: [
    { organisationId: vantaa, name: "Vantaan kaupunki", kind: "municipality", role: "buyer-admin" },
  ],
  activeOrganisationId: vantaa,
};

beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
  await database.db.insert(organisationsOrganisation).values({
    id: vantaa,
    name: "Vantaan kaupunki",
    slug: "vantaa",
    kind: "municipality",
    municipalityCode: "092",
  });
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

const header =
  "title_fi;title_sv;need_fi;main_cpv;estimated_value_eur;tender_year;tender_quarter;divided_into_lots;lots;no_lots_reason_fi;sustainability;visibility";
const good1 =
  'Päiväkotien siivous;Städning av daghem;Puhtaat päiväkodit;90911200-8;250 000;2027;2;kyllä;"Länsi; Itä";;social-objective/acc-all;public';
const good2 =
  "Koulukuljetukset;;Turvalliset koulumatkat;60130000-8;800000;2027;3;ei;;Reitit muodostavat yhden kokonaisuuden;;draft";
const bad = "Tulostimet;;Tulostus;12345;-5;2027;7;ei;;;;public";
const csv = (...rows: string[]) => new TextEncoder().encode([header, ...rows].join("\n"));

describe("forward-plan spreadsheet import", () => {
  it("reads a semicolon CSV and reports every bad row and column", async () => {
    const sheet = await readPlanSheet(csv(good1, bad, good2));
    expect(sheet.ok).toBe(true);
    if (!sheet.ok) return;
    const checked = await checkPlanRows(database.db, vantaa, sheet.rows);
    expect(checked.map((row) => row.ok)).toEqual([true, false, true]);
    const badRow = checked[1];
    expect(badRow?.rowNumber).toBe(3);
    const columns = badRow && !badRow.ok ? badRow.problems.map((p) => p.column).sort() : [];
    expect(columns).toEqual(["estimated_value_eur", "main_cpv", "no_lots_reason_fi", "tender_quarter"]);
  });

  it("applies the form's text rules to each row: hostile characters are a problem of that row", async () => {
    const hostile = [
      "Ikkunoiden\u0001pesu;;Puhtaat ikkunat;90911300-9;;;;ei;;Yksi kohde;;draft",
      '"Katujen\nhuolto";;Siistit kadut;90610000-6;;;;ei;;Yksi kohde;;draft',
      "Puistojen\u202Ehoito;;Hoidetut puistot;77310000-6;;;;ei;;Yksi kohde;;draft",
    ];
    const sheet = await readPlanSheet(csv(good2, ...hostile));
    expect(sheet.ok).toBe(true);
    if (!sheet.ok) return;
    const checked = await checkPlanRows(database.db, vantaa, sheet.rows);
    expect(checked.map((row) => row.ok)).toEqual([true, false, false, false]);
    const reasons = checked.flatMap((row) =>
      row.ok ? [] : row.problems.map((p) => `${p.column} ${p.message}`),
    );
    expect(reasons).toEqual([
      expect.stringMatching(/^title_fi validation\.controlCharacter/),
      expect.stringMatching(/^title_fi validation\.lineBreak/),
      expect.stringMatching(/^title_fi validation\.bidiCharacter/),
    ]);
  });

  it("saves nothing when a row is invalid, everything in one go when all are valid", async () => {
    const sheet = await readPlanSheet(csv(good1, bad, good2));
    if (!sheet.ok) throw new Error("unreadable");
    const refused = await importPlans({
      services: { database },
      viewer: buyer,
      organisationId: vantaa,
      records: sheet.rows,
    });
    expect(refused.ok).toBe(false);
    expect(await database.db.select().from(plansPlan)).toEqual([]);
    const valid = sheet.rows.filter((row) => row.rowNumber !== 3);
    const result = await importPlans({
      services: { database },
      viewer: buyer,
      organisationId: vantaa,
      records: valid,
    });
    expect(result).toEqual({ ok: true, created: 2 });
    const plans = await database.db.select().from(plansPlan).where(eq(plansPlan.organisationId, vantaa));
    expect(plans.map((plan) => plan.title.sv ?? null).sort()).toEqual(["Städning av daghem", null].sort());
  });

  it("exports what it imports, as CSV and XLSX", async () => {
    const records = await listPlansForSheet({
      services: { database },
      viewer: buyer,
      organisationId: vantaa,
    });
    expect(records.length).toBe(2);
    for (const bytes of [
      new TextEncoder().encode(toPlanCsv(records, true)),
      new Uint8Array(await toPlanXlsx(records, true)),
    ]) {
      const sheet = await readPlanSheet(bytes);
      expect(sheet.ok).toBe(true);
      if (!sheet.ok) continue;
      const checked = await checkPlanRows(database.db, vantaa, sheet.rows);
      expect(checked.every((row) => row.ok)).toBe(true);
      expect(sheet.rows.map((row) => row.record.title_fi).sort()).toEqual([
        "Koulukuljetukset",
        "Päiväkotien siivous",
      ]);
    }
  });

  it("takes lot names and the no-lots reason in Swedish and English, for a plan written in Swedish only", async () => {
    const swedish = [
      "title_sv;need_sv;main_cpv;divided_into_lots;lots;lots_sv;lots_en;no_lots_reason_sv;visibility",
      'Städning av skolor;Rena skolor;90911200-8;ja;Länsi;"Väst; Öst";"West; East";;draft',
      "Skolskjutsar;Trygga skolresor;60130000-8;nej;;;;Ett avtal täcker alla rutter.;draft",
      "Snöröjning;Säkra gator;90620000-9;nej;;;;;draft",
    ].join("\n");
    const sheet = await readPlanSheet(new TextEncoder().encode(swedish));
    expect(sheet.ok).toBe(true);
    if (!sheet.ok) return;
    const [divided, single, missing] = await checkPlanRows(database.db, vantaa, sheet.rows);
    expect(divided?.ok && divided.input.lots.map((lot) => lot.title)).toEqual([
      { fi: "Länsi", sv: "Väst", en: "West" },
      { sv: "Öst", en: "East" },
    ]);
    expect(single?.ok && single.input.noLotsReason).toEqual({ sv: "Ett avtal täcker alla rutter." });
    // A missing reason is reported at the column of the organisation's first official language.
    expect(missing?.ok).toBe(false);
    expect(missing && !missing.ok && missing.problems.map((problem) => problem.column)).toEqual([
      "no_lots_reason_fi",
    ]);
  });

  it("refuses files that are not spreadsheets, whatever their name", async () => {
    expect(await readPlanSheet(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toEqual({
      ok: false,
      error: "planImport.errors.fileType",
    });
    expect(await readPlanSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      error: "planImport.errors.fileType",
    });
    expect(await readPlanSheet(new TextEncoder().encode("a,b\n1,2\n"))).toEqual({
      ok: false,
      error: "planImport.errors.noTitleColumn",
    });
  });
});
