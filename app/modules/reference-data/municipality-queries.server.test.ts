import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { loadReferenceData } from "./load-reference-data.server.ts";
import { listMunicipalities, listRegions } from "./municipality-queries.server.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
});
afterAll(async () => {
  await database?.dispose();
});

describe("municipalities", () => {
  it("lists all 309 with names in the locale and Finnish alphabetical order", async () => {
    const municipalities = await listMunicipalities({ db: database.db, locale: "fi" });
    expect(municipalities).toHaveLength(309);
    const names = municipalities.map((municipality) => municipality.name);
    expect(names.slice(0, 2)).toEqual(["Akaa", "Alajärvi"]);
    // Finnish sorts Å, Ä and Ö after Z (and V and W together).
    expect(names.slice(-3)).toEqual(["Ypäjä", "Ähtäri", "Äänekoski"]);
    expect(municipalities.find((municipality) => municipality.code === "853")).toMatchObject({
      name: "Turku",
      nameSv: "Åbo",
      regionName: "Varsinais-Suomi",
    });
  });

  it("uses Swedish names and order in Swedish", async () => {
    const municipalities = await listMunicipalities({ db: database.db, locale: "sv" });
    const names = municipalities.map((municipality) => municipality.name);
    expect(names).toContain("Helsingfors");
    expect(names).not.toContain("Helsinki");
    expect(names.indexOf("Åbo")).toBeGreaterThan(names.indexOf("Vörå"));
    expect(names.at(-1)).toBe("Övertorneå");
    expect(municipalities.find((municipality) => municipality.code === "091")).toMatchObject({
      name: "Helsingfors",
      regionName: "Nyland",
    });
  });

  it("uses the Finnish names in English, with English region names", async () => {
    const municipalities = await listMunicipalities({ db: database.db, locale: "en" });
    expect(municipalities.find((municipality) => municipality.code === "853")).toMatchObject({
      name: "Turku",
      regionName: "Southwest Finland",
    });
    // English sorts Ä with A.
    const names = municipalities.map((municipality) => municipality.name);
    expect(names.indexOf("Äänekoski")).toBeLessThan(names.indexOf("Akaa"));
  });

  it("lists the 19 regions with their NUTS 3 codes", async () => {
    const regions = await listRegions({ db: database.db, locale: "sv" });
    expect(regions).toHaveLength(19);
    expect(regions.find((region) => region.code === "01")).toEqual({
      code: "01",
      name: "Nyland",
      nuts3Code: "FI1B1",
    });
    expect(regions.at(-1)?.name).toBe("Österbotten");
  });
});
