import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { insertPlanRecord } from "../../app/modules/plans/create-plan.server.ts";
import { planInputSchema } from "../../app/modules/plans/schemas.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// The OCDS release feed pages in commit order (ADR 026): a harvester that has read to the end and keeps
// its place still gets a plan whose transaction began before the others but committed after them.
// The interleaving needs two connections at once, so it runs on PostgreSQL only: PGlite has one
// connection, and a second writer would wait for the open transaction (the paging itself runs on both
// databases in tests/system/api.test.ts).

const isPostgres = Boolean(process.env.DATABASE_URL);
let server: TestServer;
let espoo = "";

beforeAll(async () => {
  if (!isPostgres) return;
  server = await startTestServer();
  const organisations = await server.services.database.db.select().from(organisationsOrganisation);
  espoo = organisations.find((row) => row.slug === "espoo")?.id ?? "";
  if (!espoo) throw new Error("demo data has no Espoo");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

type Page = { path: string; etag: string | null; lastModified: string | null };

/** Follows links.next from `start` to the end; returns the releases' plan ids and the last page read. */
async function harvest(start: Page): Promise<{ ids: string[]; last: Page }> {
  const ids: string[] = [];
  let page = start;
  for (;;) {
    const headers: Record<string, string> = {};
    if (page.etag) headers["If-None-Match"] = page.etag;
    if (page.lastModified) headers["If-Modified-Since"] = page.lastModified;
    const response = await fetch(`${server.url}${page.path}`, { headers });
    if (response.status === 304) return { ids, last: page };
    expect(response.status).toBe(200);
    const body = (await response.json()) as { releases: { ocid: string }[]; links?: { next?: string } };
    ids.push(...body.releases.map((release) => release.ocid.slice("ocds-hanksi-".length)));
    const read = {
      path: page.path,
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
    if (!body.links?.next) return { ids, last: read };
    const next = new URL(body.links.next);
    page = { path: next.pathname + next.search, etag: null, lastModified: null };
  }
}

describe.skipIf(!isPostgres)("OCDS release feed and late commits (PostgreSQL, two connections)", () => {
  it("gives a harvester's kept cursor the plan whose transaction committed after the others", async () => {
    const { database } = server.services;
    const first = await createFixturePlan(database, espoo, { title: { fi: "Ensimmäinen julkinen" } });
    let letCommit = () => {};
    const mayCommit = new Promise<void>((resolve) => {
      letCommit = resolve;
    });
    let began = () => {};
    const hasBegun = new Promise<void>((resolve) => {
      began = resolve;
    });
    // Transaction A begins (its time, now(), is fixed here), is slow, and writes its plan only at the end.
    const late = database.db.transaction(async (tx) => {
      await tx.execute(sql`select now()`);
      began();
      await mayCommit;
      return insertPlanRecord(tx, {
        organisationId: espoo,
        input: planInputSchema.parse({
          title: { fi: "Myöhään tallentunut" },
          need: { fi: "Tallentuu muiden jälkeen." },
          mainCpv: "90910000",
          isDividedIntoLots: false,
          noLotsReason: { fi: "Yksi sopimus." },
          visibility: "public",
        }),
        valueBand: null,
        actorId: null,
      });
    });
    await hasBegun;
    let before: Awaited<ReturnType<typeof harvest>>;
    let second = "";
    let third = "";
    try {
      // Meanwhile two other plans commit on other connections, and a harvester reads to the end.
      second = await createFixturePlan(database, espoo, { title: { fi: "Toinen julkinen" } });
      third = await createFixturePlan(database, espoo, { title: { fi: "Kolmas julkinen" } });
      before = await harvest({ path: "/api/v1/ocds/releases?limit=1", etag: null, lastModified: null });
    } finally {
      letCommit();
    }
    expect(before.ids).toEqual([first, second, third]);
    const lateId = await late;
    const after = await harvest(before.last);
    expect(after.ids).toContain(lateId);
    expect(new Set([...before.ids, ...after.ids])).toEqual(new Set([first, second, third, lateId]));
  });
});
