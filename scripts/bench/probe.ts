// Per-search figures beside the mixed load runs: each search alone, one request at a time (the API and
// its page query through `pg`), with the plan PostgreSQL chooses for it; and the wait for the database to
// finish what a load run left running, so one run's slow queries do not fall into the next.
import type pg from "pg";
import { percentile, round } from "./load.ts";
import type { Statement } from "./search-sql.ts";

const REPEATS = 7;

async function time(repeats: number, run: () => Promise<void>): Promise<{ p50: number; max: number }> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const begun = performance.now();
    await run();
    times.push(performance.now() - begun);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), max: round(times.at(-1) ?? 0) };
}

/** The plan's scans, e.g. "Index Scan Backward using plans_plan_public_updated_idx on plans_plan". */
async function scans(pool: pg.Pool, page: Statement): Promise<string[]> {
  const { rows } = await pool.query<{ "QUERY PLAN": string }>({
    text: `explain ${page.text}`,
    values: page.values,
  });
  return rows
    .map((row) => row["QUERY PLAN"].trim())
    .filter((line) => / Scan /.test(line) && !line.includes("organisations_organisation"))
    .map((line) => line.replace(/^->\s*/, "").replace(/\s+\(cost=.*$/, ""));
}

/** Each search alone: API latency (sequential requests), its page query's latency and plan. */
export async function probeSearches(base: string, pool: pg.Pool, paths: string[], pages: Statement[]) {
  const results = [];
  for (const [index, path] of paths.entries()) {
    const page = pages[index];
    if (!page) continue;
    const api = await time(REPEATS, async () => {
      const response = await fetch(`${base}${path}`);
      await response.arrayBuffer();
    });
    const sql = await time(REPEATS, async () => {
      await pool.query(page);
    });
    results.push({
      path: decodeURIComponent(path),
      apiMs: api,
      pageQueryMs: sql,
      plan: await scans(pool, page),
    });
  }
  return results;
}

/** Pages alone, one request at a time (p50 and max of a few). */
export async function probePages(base: string, paths: string[], repeats = 3) {
  const results = [];
  for (const path of paths) {
    const ms = await time(repeats, async () => {
      const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(120_000) });
      await response.arrayBuffer();
    });
    results.push({ path, ms });
  }
  return results;
}

/** Waits (at most 120 s) until no other session runs a query on the database. */
export async function settle(pool: pg.Pool): Promise<number> {
  const began = performance.now();
  while (performance.now() - began < 120_000) {
    const { rows } = await pool.query<{ busy: string }>(
      `select count(*) as busy from pg_stat_activity
       where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
    );
    if (Number(rows[0]?.busy) === 0) break;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return round((performance.now() - began) / 1000, 1);
}
