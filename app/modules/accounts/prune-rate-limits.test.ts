import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { pruneRateLimits } from "./prune-rate-limits.server.ts";
import { consumeRateLimit } from "./rate-limit.server.ts";
import { accountsRateLimit } from "./tables.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

describe("rate limits", () => {
  it("allows the limit, refuses the next, and starts again in a new window", async () => {
    const rule = { limit: 3, windowSeconds: 60 };
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(await consumeRateLimit(database.db, "log-in:a@example.fi", rule));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.retryAfterSeconds).toBeGreaterThan(0);
    expect(results[3]?.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another key has its own count.
    expect((await consumeRateLimit(database.db, "log-in:b@example.fi", rule)).allowed).toBe(true);
    // When the window has passed, counting starts again.
    await database.db.execute(
      sql`update accounts_rate_limit set window_start = now() - interval '2 minutes' where key = 'log-in:a@example.fi'`,
    );
    expect((await consumeRateLimit(database.db, "log-in:a@example.fi", rule)).allowed).toBe(true);
  });

  it("forgets counters a day after their window", async () => {
    await database.db.execute(
      sql`update accounts_rate_limit set window_start = now() - interval '2 days' where key = 'log-in:b@example.fi'`,
    );
    expect(await pruneRateLimits(database.db)).toBe(1);
    const keys = (await database.db.select({ key: accountsRateLimit.key }).from(accountsRateLimit)).map(
      (r) => r.key,
    );
    expect(keys).toEqual(["log-in:a@example.fi"]);
  });
});
