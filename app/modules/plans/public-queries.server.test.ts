import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wordSimilarityThreshold } from "../../db/session-settings.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { createPlan } from "./create-plan.server.ts";
import { parsePublicPlanFilters } from "./public-filters.ts";
import { listPublicPlans } from "./public-queries.server.ts";
import { typoThreshold } from "./public-search.server.ts";
import { highlightSnippet, snippetToHtml } from "./public-snippet.ts";
import { planInputSchema } from "./schemas.ts";
import { plansSearchWord } from "./search-lexicon-tables.ts";

let database: TestDatabase;
const espoo = randomUUID();
const tampere = randomUUID();
const buyerOf = (organisationId: string): Viewer => ({
  userId: `buyer-${organisationId}`,
  name: "Hankkija",
  email: "hankinnat@example.fi",
  locale: "fi",
  isPlatformAdmin: false,
  memberships: [{ organisationId, name: "Kunta", kind: "municipality", role: "buyer" }],
  activeOrganisationId: organisationId,
});

const input = (overrides: Record<string, unknown> = {}) =>
  planInputSchema.parse({
    title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor", en: "School cleaning services" },
    need: { fi: "Puhtaat ja terveelliset oppimisympäristöt 30 koululle." },
    mainCpv: "90910000",
    estimatedValueEur: 450_000,
    tenderYear: 2027,
    tenderMonth: 3,
    isDividedIntoLots: true,
    lots: [{ title: { fi: "Pohjoinen alue" } }, { title: { fi: "Eteläinen alue" } }],
    sustainability: [{ list: "strategic-procurement", code: "env-imp" }],
    dialogueStart: "2026-11-01",
    dialogueEnd: "2026-12-15",
    visibility: "public",
    ...overrides,
  });

async function create(organisationId: string, overrides: Record<string, unknown> = {}) {
  const result = await createPlan({
    services: { database },
    viewer: buyerOf(organisationId),
    organisationId,
    input: input(overrides),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.planId;
}

let cleaning = "";
let catering = "";
beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
  await database.db.insert(organisationsOrganisation).values([
    {
      id: espoo,
      name: "Espoon kaupunki",
      slug: `espoo-${espoo}`,
      kind: "municipality",
      municipalityCode: "049",
    },
    {
      id: tampere,
      name: "Tampereen kaupunki",
      slug: `tre-${tampere}`,
      kind: "municipality",
      municipalityCode: "837",
    },
  ]);
  cleaning = await create(espoo);
  catering = await create(tampere, {
    title: { fi: "Päiväkotien ruokapalvelut", sv: "Måltidstjänster för daghem" },
    need: { fi: "Terveellinen ja maistuva ruoka päiväkodeille, kasvisvaihtoehdot joka päivä." },
    mainCpv: "55520000",
    estimatedValueEur: 100_000,
    tenderMonth: 5,
    isDividedIntoLots: false,
    lots: [],
    noLotsReason: { fi: "Yksi keittiö" },
    sustainability: [{ list: "strategic-procurement", code: "soc-obj" }],
    dialogueStart: undefined,
    dialogueEnd: undefined,
  });
  await create(espoo, { title: { fi: "Salainen siivousluonnos" }, visibility: "draft" });
  await create(espoo, { title: { fi: "Sisäinen siivoushanke" }, visibility: "internal" });
}, 120_000);
afterAll(async () => {
  await database?.dispose();
});

const list = (query: string, today = "2026-11-28") =>
  listPublicPlans({
    db: database.db,
    locale: "fi",
    filters: parsePublicPlanFilters(new URLSearchParams(query)),
    today,
  });
const titles = async (query: string) => (await list(query)).rows.map((row) => row.title);

describe("public forward plan list", () => {
  it("shows public plans only, in every count", async () => {
    const result = await list("");
    expect(result.total).toBe(2);
    expect(result.rows.map((row) => row.id).sort()).toEqual([cleaning, catering].sort());
    const espooFacet = result.facets.organisation.find((option) => option.value === espoo);
    expect(espooFacet?.count).toBe(1);
    expect(result.facets.status).toEqual([{ value: "idea", count: 2 }]);
  });

  it("filters by CPV with all descendants, region, municipality, band, quarter, lots and tags", async () => {
    expect(await titles("cpv=90900000")).toEqual(["Koulujen siivouspalvelut"]);
    expect(await titles("cpv=90000000-7")).toEqual(["Koulujen siivouspalvelut"]);
    expect(await titles("cpv=55000000")).toEqual(["Päiväkotien ruokapalvelut"]);
    expect(await titles("region=06")).toEqual(["Päiväkotien ruokapalvelut"]);
    expect(await titles("municipality=049")).toEqual(["Koulujen siivouspalvelut"]);
    expect(await titles("valueBand=eu")).toEqual(["Koulujen siivouspalvelut"]);
    expect(await titles("year=2027&quarter=2")).toEqual(["Päiväkotien ruokapalvelut"]);
    expect(await titles("lots=no")).toEqual(["Päiväkotien ruokapalvelut"]);
    expect(await titles("sustainability=strategic-procurement:env-imp")).toEqual([
      "Koulujen siivouspalvelut",
    ]);
    expect(await titles("sustainability=strategic-procurement")).toHaveLength(2);
    expect(await titles(`organisation=${tampere}&organisation=${espoo}`)).toHaveLength(2);
    expect((await list("dialogueOpen=1", "2026-11-28")).total).toBe(1);
    expect((await list("dialogueOpen=1", "2027-01-01")).total).toBe(0);
    expect(await titles("quarter=9&valueBand=huge")).toHaveLength(2);
  });

  it("counts each facet with the other filters applied", async () => {
    const result = await list(`organisation=${espoo}&lots=yes`);
    expect(result.total).toBe(1);
    expect(result.facets.organisation.map((o) => [o.label, o.count])).toEqual([["Espoon kaupunki", 1]]);
    expect(result.facets.lots.map((o) => [o.value, o.count])).toEqual([["yes", 1]]);
    const byOrganisation = await list("lots=yes");
    expect(byOrganisation.facets.lots.map((o) => o.value).sort()).toEqual(["no", "yes"]);
    expect(result.facets.sustainability[0]).toMatchObject({
      value: "strategic-procurement:env-imp",
      label: "Ympäristövaikutusten vähentäminen",
      count: 1,
    });
  });

  it("sorts by value and tender date", async () => {
    expect(await titles("sort=value")).toEqual(["Koulujen siivouspalvelut", "Päiväkotien ruokapalvelut"]);
    expect(await titles("sort=tender")).toEqual(["Koulujen siivouspalvelut", "Päiväkotien ruokapalvelut"]);
  });
});

describe("public search", () => {
  it("finds compound words by their parts, never drafts or internal plans", async () => {
    expect(await titles("q=siivous")).toEqual(["Koulujen siivouspalvelut"]);
    expect(await titles("q=koulujen+siivous")).toEqual(["Koulujen siivouspalvelut"]);
    expect(await titles("q=salainen")).toEqual([]);
    expect(await titles("q=sis%C3%A4inen")).toEqual([]);
    expect(await titles("q=ruoka")).toEqual(["Päiväkotien ruokapalvelut"]);
  });

  it("stems Finnish, Swedish and English words", async () => {
    expect(await titles("q=siivouspalveluista")).toEqual(["Koulujen siivouspalvelut"]);
    expect(await titles("q=städtjänsterna")).toEqual(["Koulujen siivouspalvelut"]);
    expect(await titles("q=cleaning+service")).toEqual(["Koulujen siivouspalvelut"]);
  });

  it("tolerates one wrong letter in a word of six or more letters", async () => {
    expect(await titles("q=siivpus")).toEqual(["Koulujen siivouspalvelut"]);
    expect(await titles("q=p%C3%A4iv%C3%A4kodien")).toEqual(["Päiväkotien ruokapalvelut"]);
    expect(await titles("q=p%C3%A4iv%C3%A4kptien")).toEqual(["Päiväkotien ruokapalvelut"]);
    expect(await titles("q=kissa")).toEqual([]);
  });

  it("learns the words of public plans only, so a typo never leads to a draft's words", async () => {
    const lexicon = (await database.db.select().from(plansSearchWord)).map((row) => row.word);
    expect(lexicon).toEqual(expect.arrayContaining(["siivouspalvelut", "päiväkotien"]));
    expect(lexicon).not.toContain("salainen");
    expect(lexicon).not.toContain("siivousluonnos");
    expect(await titles("q=salaimen")).toEqual([]);
    expect(await titles("q=siivousluonnoa")).toEqual([]);
  });

  it("gives every connection the lowest typo threshold, which the `<%` operator reads", async () => {
    expect(typoThreshold(6)).toBe(wordSimilarityThreshold);
    for (let length = 6; length < 60; length += 1) {
      expect(typoThreshold(length + 1)).toBeGreaterThanOrEqual(typoThreshold(length));
    }
    const shown = (await database.db.execute(sql`show pg_trgm.word_similarity_threshold`)) as unknown as {
      rows: Record<string, string>[];
    };
    expect(Number(Object.values(shown.rows[0] ?? {})[0])).toBe(wordSimilarityThreshold);
  });

  it("ranks and marks the words found in a safe snippet", async () => {
    const result = await list("q=siivous");
    expect(result.sort).toBe("relevance");
    const marked = result.rows[0]?.snippet?.filter((part) => part.mark).map((part) => part.text);
    expect(marked).toEqual(["siivous"]);
    expect(snippetToHtml(highlightSnippet("<b>siivous</b> & muut", ["siivous"]))).toBe(
      "&#60;b&#62;<mark>siivous</mark>&#60;/b&#62; &#38; muut",
    );
  });
});
