import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { readPublicGeneration } from "../plans/public-generation.server.ts";
import { conditionalJson } from "./http-responses.ts";
import { publicResponseCache } from "./response-cache.server.ts";

// The API keeps GET answers until public data changes: a write to plans or organisations (any writer,
// through the database's triggers) makes the next request compute its answer again.

let database: TestDatabase;
let computed = 0;
let app: Hono;

beforeAll(async () => {
  database = await createTestDatabase();
  app = new Hono();
  app.use("*", publicResponseCache(database.db));
  app.get("/plans", (c) => {
    computed += 1;
    return conditionalJson(c, { computed, q: c.req.query("q") ?? null }, { lastModified: new Date(0) });
  });
  app.get("/missing", (c) => {
    computed += 1;
    return c.json({ missing: true }, 404);
  });
}, 120_000);
afterAll(async () => {
  await database?.dispose();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`http://api.test${path}`, { headers });

describe("public API response cache", () => {
  it("answers a repeated GET from memory until public data changes", async () => {
    const first = await (await get("/plans?q=siivous")).json();
    const again = await (await get("/plans?q=siivous")).json();
    expect(again).toEqual(first);
    expect(computed).toBe(1);
    expect((await (await get("/plans?q=kalusteet")).json()).q).toBe("kalusteet");
    expect(computed).toBe(2);

    const before = await readPublicGeneration(database.db);
    await database.db.insert(organisationsOrganisation).values({
      id: "11111111-1111-4111-8111-111111111111",
      name: "Testikunta",
      slug: "testikunta",
      kind: "municipality",
    });
    expect(await readPublicGeneration(database.db)).toBeGreaterThan(before);
    const after = await (await get("/plans?q=siivous")).json();
    expect(after.computed).toBe(3);
  });

  it("answers conditional requests from the kept ETag, and keeps no errors", async () => {
    const response = await get("/plans?q=etag");
    const etag = response.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    const count = computed;
    const notModified = await get("/plans?q=etag", { "If-None-Match": etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect((await get("/plans?q=etag", { "If-None-Match": '"other"' })).status).toBe(200);
    expect(computed).toBe(count);
    await get("/missing");
    await get("/missing");
    expect(computed).toBe(count + 2);
  });

  it("bumps the generation on every table the public outputs read", async () => {
    const { rows } = (await database.db.execute(
      sql`select event_object_table as name from information_schema.triggers where trigger_name like '%\\_generation' group by 1 order by 1`,
    )) as unknown as { rows: { name: string }[] };
    expect(rows.map((row) => row.name)).toEqual([
      ...["dialogue_draft", "dialogue_draft_comment", "dialogue_draft_document", "dialogue_draft_section"],
      ...["dialogue_event", "dialogue_event_registration"],
      "dialogue_question",
      ...["dialogue_rfi", "dialogue_rfi_question", "dialogue_rfi_response"],
      "interest_plan_company",
      "organisations_organisation",
      "partners_request",
      "plans_attachment",
      "plans_lot",
      "plans_participant",
      "plans_plan",
      "plans_plan_cpv",
      "plans_sustainability",
      "plans_version",
    ]);
  });
});
