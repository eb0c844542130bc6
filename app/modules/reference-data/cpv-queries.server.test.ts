import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { getCpvCode, listCpvAncestors, listCpvChildren, searchCpvCodes } from "./cpv-queries.server.ts";
import { loadReferenceData } from "./load-reference-data.server.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
});
afterAll(async () => {
  await database?.dispose();
});

const codesOf = (rows: { code: string }[]) => rows.map((row) => row.code);

describe("CPV codes", () => {
  it("gives a code with its labels in three languages, with or without the check digit", async () => {
    const cleaning = await getCpvCode({ db: database.db, code: "90910000-9" });
    expect(cleaning).toEqual({
      code: "90910000",
      label: { fi: "Siivous- ja puhdistuspalvelut", sv: "Städning", en: "Cleaning services" },
      level: "class",
      parentCode: "90900000",
      divisionCode: "90000000",
    });
    expect(await getCpvCode({ db: database.db, code: "99999999" })).toBeNull();
    expect(await getCpvCode({ db: database.db, code: "not a code" })).toBeNull();
  });

  it("walks from cleaning services up to its division", async () => {
    const chain: string[] = [];
    let code: string | null = "90911200";
    while (code) {
      const found = await getCpvCode({ db: database.db, code });
      expect(found).not.toBeNull();
      chain.push(`${found?.code} ${found?.level}`);
      code = found?.parentCode ?? null;
    }
    expect(chain).toEqual([
      "90911200 subcategory",
      "90911000 category",
      "90910000 class",
      "90900000 group",
      "90000000 division",
    ]);
    expect(codesOf(await listCpvAncestors({ db: database.db, code: "90911200" }))).toEqual([
      "90000000",
      "90900000",
      "90910000",
      "90911000",
    ]);
  });

  it("links a code to its nearest existing ancestor when CPV skips a level", async () => {
    // 35612000 does not exist in CPV 2008, so 35612500 hangs directly under the class 35610000.
    expect(await getCpvCode({ db: database.db, code: "35612000" })).toBeNull();
    expect((await getCpvCode({ db: database.db, code: "35612500" }))?.parentCode).toBe("35610000");
    expect(codesOf(await listCpvAncestors({ db: database.db, code: "35612500" }))).toEqual([
      "35000000",
      "35600000",
      "35610000",
    ]);
  });

  it("lists the children of a code and the divisions at the top", async () => {
    const children = await listCpvChildren({ db: database.db, code: "90910000" });
    expect(codesOf(children)).toEqual([
      "90911000",
      "90912000",
      "90913000",
      "90914000",
      "90915000",
      "90916000",
      "90917000",
      "90918000",
      "90919000",
    ]);
    const divisions = await listCpvChildren({ db: database.db, code: null });
    expect(divisions).toHaveLength(45);
    expect(divisions.every((division) => division.level === "division")).toBe(true);
    expect(await listCpvChildren({ db: database.db, code: "90911200" })).toEqual([]);
  });

  it.each([
    ["fi", "siivous", "90910000"],
    ["sv", "städning", "90910000"],
    ["en", "CLEANING SERVICES", "90910000"],
  ] as const)("finds codes by %s label (%s)", async (locale, text, code) => {
    const found = await searchCpvCodes({ db: database.db, locale, text, limit: 50 });
    expect(codesOf(found)).toContain(code);
    // Labels that start with the text come first.
    expect(found[0]?.label[locale].toLowerCase().startsWith(text.toLowerCase())).toBe(true);
    expect(found.every((row) => row.label[locale].toLowerCase().includes(text.toLowerCase()))).toBe(true);
  });

  it("ignores the case of Finnish and Swedish letters", async () => {
    const found = await searchCpvCodes({ db: database.db, locale: "fi", text: "RAAKAÖLJY" });
    expect(codesOf(found)).toContain("09130000");
    const divisions = await searchCpvCodes({ db: database.db, locale: "fi", text: "öljytuotteet", limit: 1 });
    expect(codesOf(divisions)).toEqual(["09000000"]);
  });

  it("finds codes by code prefix and respects the limit", async () => {
    const found = await searchCpvCodes({ db: database.db, locale: "fi", text: "9091", limit: 5 });
    expect(codesOf(found)).toEqual(["90910000", "90911000", "90911100", "90911200", "90911300"]);
    expect(codesOf(await searchCpvCodes({ db: database.db, locale: "fi", text: "90910000-9" }))).toEqual([
      "90910000",
    ]);
  });

  it("takes the search text literally", async () => {
    expect(await searchCpvCodes({ db: database.db, locale: "fi", text: "%" })).toEqual([]);
    expect(await searchCpvCodes({ db: database.db, locale: "fi", text: "_" })).toEqual([]);
    expect(await searchCpvCodes({ db: database.db, locale: "fi", text: "   " })).toEqual([]);
  });
});
