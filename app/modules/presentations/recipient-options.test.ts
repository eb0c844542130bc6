import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { listRecipientOptions } from "./recipient-options.server.ts";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
  const organisation = (name: string, kind: string, municipalityCode: string | null) => ({
    id: randomUUID(),
    name,
    slug: name.toLowerCase().replace(/[^a-z]+/g, "-"),
    kind,
    municipalityCode,
  });
  await database.db
    .insert(organisationsOrganisation)
    .values([
      organisation("Porvoon kaupunki", "municipality", "638"),
      organisation("Espoon kaupunki", "municipality", "049"),
      organisation("Tampereen kaupunki", "municipality", "837"),
      organisation("Hansel Oy", "contracting-authority", null),
      organisation("Siivous Oy", "company", "049"),
    ]);
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

describe("recipients of a presentation", () => {
  it("are the contracting authorities grouped by region in the reader's language, the rest last", async () => {
    const groups = await listRecipientOptions(database.db, "sv");
    expect(groups.map((group) => [group.name, group.options.map((option) => option.name)])).toEqual([
      // Municipalities by their Swedish names (issue 12 point 19).
      ["Birkaland", ["Tammerfors stad"]],
      ["Nyland", ["Borgå stad", "Esbo stad"]],
      [null, ["Hansel Oy"]],
    ]);
  });
});
