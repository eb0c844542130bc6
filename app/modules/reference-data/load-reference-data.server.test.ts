import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { isReferenceDataLoaded } from "./is-reference-data-loaded.server.ts";
import { listEformsCodes } from "./list-eforms-codes.server.ts";
import { loadReferenceData } from "./load-reference-data.server.ts";
import { ReferenceDataError } from "./read-reference-files.server.ts";
import { refCpvCode, refMunicipality, refNutsRegion, refRegion } from "./tables.ts";

let database: TestDatabase;
const folders: string[] = [];

/** A copy of the project's reference files that a test may change. */
function copyReferenceFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), "hs-reference-"));
  folders.push(dir);
  cpSync(resolve("reference-data"), dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe("loadReferenceData", () => {
  it("refuses a bad file, names it and writes nothing", async () => {
    const dir = copyReferenceFiles();
    const file = join(dir, "procurement-thresholds.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("national,works,150000", "national,works,lots"));
    await expect(loadReferenceData({ db: database.db, dir })).rejects.toThrow(
      new ReferenceDataError('procurement-thresholds.csv line 6: bad amount_eur "lots"'),
    );
    expect(await isReferenceDataLoaded({ db: database.db })).toBe(false);
  });

  it("loads every table from the project's reference-data folder", async () => {
    const result = await loadReferenceData({ db: database.db });
    expect(result.tables).toEqual({
      ref_nuts_region: { rows: 30, written: 30 },
      ref_region: { rows: 19, written: 19 },
      ref_municipality: { rows: 309, written: 309 },
      ref_cpv_code: { rows: 9454, written: 9454 },
      ref_eforms_code: { rows: 29, written: 29 },
      ref_procurement_threshold: { rows: 16, written: 16 },
    });
    expect(await database.db.$count(refCpvCode)).toBe(9454);
    expect(await database.db.$count(refMunicipality)).toBe(309);
    expect(await isReferenceDataLoaded({ db: database.db })).toBe(true);
  });

  it("changes nothing when run again", async () => {
    // xmin is the transaction that last wrote a row: unchanged means no row was rewritten.
    const lastWrite = () =>
      database.db.select({ xmin: sql<string>`max(xmin::text::bigint)::text` }).from(refCpvCode);
    const before = await lastWrite();
    const result = await loadReferenceData({ db: database.db });
    expect(Object.values(result.tables).every((table) => table.written === 0)).toBe(true);
    expect(await lastWrite()).toEqual(before);
    expect(await database.db.$count(refCpvCode)).toBe(9454);
  });

  it("writes only the rows whose values changed in the files", async () => {
    const dir = copyReferenceFiles();
    const file = join(dir, "cpv-2008.csv");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("Siivous- ja puhdistuspalvelut", "Siivouspalvelut yleensä"),
    );
    const result = await loadReferenceData({ db: database.db, dir });
    expect(result.tables.ref_cpv_code).toEqual({ rows: 9454, written: 1 });
    const [row] = await database.db.select().from(refCpvCode).where(eq(refCpvCode.code, "90910000"));
    expect(row?.labelFi).toBe("Siivouspalvelut yleensä");
    // Back to the project's files, as the other tests expect.
    expect((await loadReferenceData({ db: database.db })).tables.ref_cpv_code?.written).toBe(1);
  });
});

describe("loaded reference data", () => {
  it("has a code, Finnish and Swedish names and a region for every municipality", async () => {
    const rows = await database.db.select().from(refMunicipality);
    expect(rows).toHaveLength(309);
    for (const row of rows) {
      expect(row.code).toMatch(/^\d{3}$/);
      expect(row.nameFi).not.toBe("");
      expect(row.nameSv).not.toBe("");
      expect(row.regionCode).toMatch(/^\d{2}$/);
    }
    const byCode = new Map(rows.map((row) => [row.code, row]));
    expect(byCode.get("091")).toMatchObject({ nameFi: "Helsinki", nameSv: "Helsingfors", regionCode: "01" });
    expect(byCode.get("049")).toMatchObject({ nameFi: "Espoo", nameSv: "Esbo", language: "fi-sv" });
    expect(byCode.get("837")).toMatchObject({ nameFi: "Tampere", nameSv: "Tammerfors", language: "fi" });
    expect(byCode.get("005")).toMatchObject({ nameFi: "Alajärvi", nameSv: "Alajärvi" });
    expect(byCode.get("478")).toMatchObject({ nameSv: "Mariehamn", regionCode: "21", language: "sv" });
    // Heinävesi moved from Etelä-Savo to Pohjois-Karjala in 2021.
    expect(byCode.get("090")?.regionCode).toBe("12");
  });

  it("maps each region to its NUTS 3 region", async () => {
    const rows = await database.db
      .select({ region: refRegion.nameFi, nuts: refNutsRegion.labelFi, level: refNutsRegion.level })
      .from(refRegion)
      .innerJoin(refNutsRegion, eq(refNutsRegion.code, refRegion.nuts3Code));
    expect(rows).toHaveLength(19);
    for (const row of rows) {
      expect(row.level).toBe(3);
      if (row.region === "Uusimaa") expect(row.nuts).toBe("Helsinki-Uusimaa");
      else if (row.region === "Ahvenanmaa") expect(row.nuts).toBe("Åland");
      else expect(row.nuts).toBe(row.region);
    }
  });

  it("has the eForms code lists in three languages", async () => {
    const codes = await listEformsCodes({ db: database.db, list: "strategic-procurement" });
    expect(codes.map((code) => code.code)).toEqual(["env-imp", "inn-pur", "none", "soc-obj"]);
    expect(codes[0]?.label).toEqual({
      fi: "Ympäristövaikutusten vähentäminen",
      sv: "Minskning av miljöpåverkan",
      en: "Reduction of environmental impacts",
    });
    expect(await listEformsCodes({ db: database.db, list: "social-objective" })).toHaveLength(7);
  });
});
