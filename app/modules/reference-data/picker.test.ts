import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { loadReferenceData } from "./load-reference-data.server.ts";
import { pickerQuerySchema, readPickerSearch, typedPickerCodes } from "./picker.ts";
import { answerPickerSearch, describePicked, searchPickerOptions } from "./picker-queries.server.ts";

// Issue 12 point 15: the code picker's searches and how a posted form asks for one.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
});
afterAll(async () => {
  await database?.dispose();
});

const pickers = [
  { field: "cpv", kind: "cpv" },
  { field: "municipality", kind: "municipality" },
] as const;
const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe("the picker's searches", () => {
  it("finds CPV codes by words in the reader's language, with the hierarchy above each", async () => {
    const [fi] = await searchPickerOptions({ db: database.db, locale: "fi", kind: "cpv", text: "siivous" });
    expect(fi).toEqual({
      code: "90910000",
      label: "Siivous- ja puhdistuspalvelut",
      path: [expect.any(String), expect.any(String)],
    });
    const sv = await searchPickerOptions({ db: database.db, locale: "sv", kind: "cpv", text: "fönsterputs" });
    expect(sv.map((option) => option.code)).toContain("90911300");
    const byCode = await searchPickerOptions({ db: database.db, locale: "en", kind: "cpv", text: "9091130" });
    expect(byCode[0]).toMatchObject({ code: "90911300", label: "Window-cleaning services" });
  });

  it("finds municipalities by Finnish or Swedish name, and a region's municipalities by its name", async () => {
    const byName = await searchPickerOptions({
      db: database.db,
      locale: "sv",
      kind: "municipality",
      text: "esbo",
    });
    expect(byName[0]).toEqual({ code: "049", label: "Esbo", path: ["Nyland"] });
    const inFinnish = await searchPickerOptions({
      db: database.db,
      locale: "fi",
      kind: "municipality",
      text: "åbo",
    });
    expect(inFinnish[0]).toMatchObject({ code: "853", label: "Turku" });
    const region = await searchPickerOptions({
      db: database.db,
      locale: "fi",
      kind: "municipality",
      text: "kainuu",
    });
    expect(region.length).toBeGreaterThan(3);
    expect(region.every((option) => option.path[0] === "Kainuu")).toBe(true);
  });

  it("names what is picked, and shows an unknown code as itself", async () => {
    const picked = await describePicked({
      db: database.db,
      locale: "en",
      pickers,
      values: { cpv: ["90911300", "99999999"], municipality: ["091"] },
    });
    expect(picked.cpv?.map((option) => option.label)).toEqual(["Window-cleaning services", "99999999"]);
    expect(picked.municipality).toEqual([{ code: "091", label: "Helsinki", path: ["Uusimaa"] }]);
  });

  it("answers a search of fewer than two characters with nothing", async () => {
    const answer = await answerPickerSearch({
      db: database.db,
      locale: "fi",
      search: { field: "cpv", kind: "cpv", query: "s" },
    });
    expect(answer).toEqual({ field: "cpv", query: "s", matches: [] });
  });
});

describe("a posted form", () => {
  it("searches the picker whose button was pressed", () => {
    expect(
      readPickerSearch(
        form([
          ["pick", "municipality"],
          ["municipalitySearch", " esp "],
        ]),
        pickers,
      ),
    ).toEqual({
      field: "municipality",
      kind: "municipality",
      query: "esp",
    });
  });

  it("searches words left in a search box when saved or sent with Enter, and saves otherwise", () => {
    expect(
      readPickerSearch(
        form([
          ["pick", ""],
          ["cpvSearch", "siivous"],
        ]),
        pickers,
      )?.field,
    ).toBe("cpv");
    expect(readPickerSearch(form([["cpvSearch", "siivous"]]), pickers)?.field).toBe("cpv");
    expect(
      readPickerSearch(
        form([
          ["pick", ""],
          ["cpvSearch", ""],
        ]),
        pickers,
      ),
    ).toBeNull();
    expect(readPickerSearch(form([["cpvSearch", "90910000-9, 90911300"]]), pickers)).toBeNull();
    expect(readPickerSearch(form([]), pickers)).toBeNull();
  });

  it("picks codes typed straight into a search box", () => {
    expect(typedPickerCodes(" 90910000-9, 90911300 ")).toEqual(["90910000-9", "90911300"]);
    expect(typedPickerCodes("siivous 90910000")).toEqual([]);
    expect(typedPickerCodes(undefined)).toEqual([]);
  });

  it("refuses a suggestion query that is too short, too long or not a kind", () => {
    expect(pickerQuerySchema.safeParse({ kind: "cpv", q: "si" }).success).toBe(true);
    expect(pickerQuerySchema.safeParse({ kind: "cpv", q: "s" }).success).toBe(false);
    expect(pickerQuerySchema.safeParse({ kind: "cpv", q: "s".repeat(101) }).success).toBe(false);
    expect(pickerQuerySchema.safeParse({ kind: "organisation", q: "espoo" }).success).toBe(false);
    // Hostile text is cleaned at the edge like every single-line field: never passed on as it came.
    const hostile = pickerQuerySchema.safeParse({ kind: "cpv", q: "sii\u202Evous" });
    expect(hostile.success ? hostile.data.q : "refused").not.toContain("\u202E");
  });
});
