// The scale part of `npm run bench` (issue 3 §8): a PostgreSQL database with 300 organisations and
// 300,000 plans (generate-plans.ts), the production server on it, and autocannon against the search API,
// the public list page and OCDS release pages at 10 and 50 connections; then the search API's own SQL
// straight through `pg` (raw-queries.ts), for the ratio app/raw.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import pg from "pg";
import { encodeReleaseCursor } from "../../app/modules/open-data/cursor.ts";
import { type LoadRun, round, runLoad } from "./load.ts";
import { probePages, probeSearches, settle } from "./probe.ts";
import { openRawPool, type RawRun, runRaw } from "./raw-queries.ts";
import { apiSearchRequests, publicPlanCount, type SearchSqlMode } from "./search-sql.ts";
import { startServer, stopServer } from "./server.ts";

/** Typical searches: single words, two words, Swedish, a compound, a word no plan has, one typo. */
export const searchQueries = [
  "siivous",
  "koulujen siivous",
  "ruokapalvelut",
  "städning",
  "kalusteet",
  "tietojärjestelmä",
  "lumityöt",
  "siivouspalvlut",
];
const listPaths = ["/fi/plans", "/fi/plans?region=01&cpv=90000000&status=market-dialogue"];
const WARMUP_S = 3;
/** The app's pool size (openDatabase's default), also given to the raw runs. */
const APP_POOL_SIZE = 10;
const CONNECTIONS = [10, 50] as const;
const TARGET_P95_MS = 100;
const TARGET_RATIO = 0.5;

export type ScaleOptions = {
  /** A database on the server to connect to for creating and dropping the benchmark database. */
  serverUrl: string;
  /** Use (and keep) this database: filled when it has no plans, reused as it is when it has. */
  keepDatabase?: string;
  plans: number;
  durationS: number;
  env: NodeJS.ProcessEnv;
  logFile: string;
  progress: (message: string) => void;
};

let pending: { serverUrl: string; name: string } | null = null;
let generator: ReturnType<typeof spawn> | null = null;

/** Drops the database this run created (also on failure or Ctrl+C); kept databases are never dropped. */
export async function dropScaleDatabase(): Promise<void> {
  generator?.kill("SIGTERM");
  const target = pending;
  pending = null;
  if (!target || !/^hs_bench_[0-9a-f]{10}$/.test(target.name)) return;
  const admin = new pg.Client({ connectionString: target.serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${target.name} with (force)`);
  } finally {
    await admin.end();
  }
}

function urlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Whether the server answers; the reason when not. */
async function reach(serverUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function prepareDatabase(options: ScaleOptions) {
  const name = options.keepDatabase ?? `hs_bench_${randomBytes(5).toString("hex")}`;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const admin = new pg.Client({ connectionString: options.serverUrl });
  await admin.connect();
  let created = false;
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) {
      await admin.query(`create database ${name}`);
      created = true;
      if (!options.keepDatabase) pending = { serverUrl: options.serverUrl, name };
    }
  } finally {
    await admin.end();
  }
  const url = urlOf(options.serverUrl, name);
  const existing = created ? 0 : await publicPlanCount(url, "all");
  let generated: unknown = null;
  if (existing === 0) {
    options.progress(`generating ${options.plans} plans into ${name} (a few minutes)`);
    generated = await generate(url, options.plans);
  } else {
    options.progress(`reusing ${name} with ${existing} plans`);
  }
  return { name, url, created, generated };
}

function generate(url: string, plans: number): Promise<unknown> {
  return new Promise((done, fail) => {
    let output = "";
    generator = spawn(
      process.execPath,
      ["scripts/bench/generate-plans.ts", "--database-url", url, "--plans", String(plans)],
      { stdio: ["ignore", "pipe", 2] },
    );
    generator.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    generator.once("exit", (code, signal) => {
      generator = null;
      if (code !== 0) return fail(new Error(`generate-plans.ts failed (${code ?? signal})`));
      try {
        done(JSON.parse(output.trim().split("\n").at(-1) ?? ""));
      } catch {
        fail(new Error(`generate-plans.ts printed no result: ${output.slice(0, 200)}`));
      }
    });
  });
}

/** A cursor into the middle of the OCDS releases (ordered by change_seq, id: ADR 026), for a later page. */
async function middleCursor(url: string, publicPlans: number): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ seq: string; id: string }>(
      `select change_seq::text as seq, id from plans_plan
       where visibility = 'public' and archived_at is null order by change_seq, id offset $1 limit 1`,
      [Math.floor(publicPlans / 2)],
    );
    const row = rows[0];
    if (!row) throw new Error("no public plans for the OCDS cursor");
    return encodeReleaseCursor({ seq: row.seq, id: row.id });
  } finally {
    await client.end();
  }
}

async function check(base: string, path: string): Promise<void> {
  const response = await fetch(`${base}${path}`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}, not 200`);
}

export async function runScale(options: ScaleOptions) {
  const unreachable = await reach(options.serverUrl);
  if (unreachable) {
    options.progress(`scale: skipped, no PostgreSQL at ${redact(options.serverUrl)} (${unreachable})`);
    return {
      skipped: true,
      reason: `no PostgreSQL reachable at ${redact(options.serverUrl)}: ${unreachable}`,
    };
  }
  const began = performance.now();
  const database = await prepareDatabase(options);
  const plans = await publicPlanCount(database.url, "all");
  const publicPlans = await publicPlanCount(database.url, "public");
  const cursor = await middleCursor(database.url, publicPlans);
  const ocdsPaths = ["/api/v1/ocds/releases?limit=50", `/api/v1/ocds/releases?limit=50&cursor=${cursor}`];
  const searchPaths = searchQueries.map((q) => `/api/v1/plans?q=${encodeURIComponent(q)}`);

  const serverEnv = { ...options.env, DATABASE_URL: database.url, SEED_DEMO_DATA: "false" };
  const server = await startServer(serverEnv, options.logFile);
  let uncachedServer: Awaited<ReturnType<typeof startServer>> | undefined;
  const appUncached: Record<string, LoadRun[]> = { search: [], list: [] };
  const loadAverageAtStart = loadavg().map((value) => round(value));
  const app: Record<string, LoadRun[]> = { search: [], list: [], ocdsFirstPage: [], ocdsLaterPage: [] };
  const raw: Record<SearchSqlMode, RawRun[]> = { request: [], searchQuery: [] };
  const pool = openRawPool(database.url, APP_POOL_SIZE);
  const settled: number[] = [];
  let perSearch: Awaited<ReturnType<typeof probeSearches>> = [];
  let perPage: Awaited<ReturnType<typeof probePages>> = [];
  let perSearchUncached: Awaited<ReturnType<typeof probeSearches>> = [];
  let perPageUncached: Awaited<ReturnType<typeof probePages>> = [];
  try {
    for (const path of [...searchPaths, ...listPaths, ...ocdsPaths]) await check(server.url, path);
    const groups = {
      search: searchPaths,
      list: listPaths,
      ocdsFirstPage: [ocdsPaths[0] ?? ""],
      ocdsLaterPage: [ocdsPaths[1] ?? ""],
    };
    const rawRequests = await apiSearchRequests(pool, searchQueries);
    options.progress("scale: each search alone, one request at a time");
    perSearch = await probeSearches(server.url, pool, searchPaths, rawRequests.pages);
    for (const each of perSearch) options.progress(`  ${each.path}: API p50 ${each.apiMs.p50} ms`);
    perPage = await probePages(server.url, [...listPaths, ...ocdsPaths]);
    for (const each of perPage) options.progress(`  ${each.path}: p50 ${each.ms.p50} ms`);
    options.progress(`scale: warm-up ${WARMUP_S} s each`);
    for (const paths of Object.values(groups)) await runLoad(server.url, paths, 10, WARMUP_S);
    for (const mode of ["request", "searchQuery"] as const) {
      await runRaw({
        what: mode,
        pool,
        poolSize: APP_POOL_SIZE,
        requests: rawRequests[mode],
        concurrency: 10,
        durationS: WARMUP_S,
      });
    }
    // The search first (app, then its SQL alone), the list page last: its slow queries outlast its run.
    const steps = ["search", "raw:request", "raw:searchQuery", "ocdsFirstPage", "ocdsLaterPage", "list"];
    for (const connections of CONNECTIONS) {
      for (const step of steps) {
        settled.push(await settle(pool));
        options.progress(`scale: ${step} with ${connections} connections for ${options.durationS} s`);
        const mode = step === "raw:request" ? "request" : step === "raw:searchQuery" ? "searchQuery" : null;
        const run = mode
          ? await runRaw({
              what: mode,
              pool,
              poolSize: APP_POOL_SIZE,
              requests: rawRequests[mode],
              concurrency: connections,
              durationS: options.durationS,
            })
          : await runLoad(server.url, groups[step as keyof typeof groups], connections, options.durationS);
        options.progress(
          `  ${run.requestsPerSec} req/s, p50 ${run.latencyMs.p50} ms, p95 ${run.latencyMs.p95} ms`,
        );
        if (mode) raw[mode].push(run as RawRun);
        else app[step]?.push(run as LoadRun);
      }
    }
    // The same search and list with the caches off (PUBLIC_CACHE=false): every request runs its queries.
    await stopServer(server.child);
    uncachedServer = await startServer({ ...serverEnv, PUBLIC_CACHE: "false" }, options.logFile);
    options.progress("scale: PUBLIC_CACHE=false, each search and page alone");
    perSearchUncached = await probeSearches(uncachedServer.url, pool, searchPaths, rawRequests.pages);
    for (const each of perSearchUncached) options.progress(`  ${each.path}: API p50 ${each.apiMs.p50} ms`);
    perPageUncached = await probePages(uncachedServer.url, listPaths);
    for (const each of perPageUncached) options.progress(`  ${each.path}: p50 ${each.ms.p50} ms`);
    options.progress(`scale: PUBLIC_CACHE=false, warm-up ${WARMUP_S} s`);
    await runLoad(uncachedServer.url, searchPaths, 10, WARMUP_S);
    for (const connections of CONNECTIONS) {
      for (const step of ["search", "list"] as const) {
        settled.push(await settle(pool));
        options.progress(
          `scale: uncached ${step} with ${connections} connections for ${options.durationS} s`,
        );
        const run = await runLoad(uncachedServer.url, groups[step], connections, options.durationS);
        options.progress(
          `  ${run.requestsPerSec} req/s, p50 ${run.latencyMs.p50} ms, p95 ${run.latencyMs.p95} ms`,
        );
        appUncached[step]?.push(run);
      }
    }
  } finally {
    await pool.end();
    await stopServer(server.child);
    if (uncachedServer) await stopServer(uncachedServer.child);
  }
  if (pending) {
    options.progress(`scale: dropping ${database.name}`);
    await dropScaleDatabase();
  }
  return {
    skipped: false,
    database: {
      name: database.name,
      created: database.created,
      kept: Boolean(options.keepDatabase),
      generated: database.generated,
      plans,
      publicPlans,
    },
    loadAverageAtStart,
    loadAverageAtEnd: loadavg().map((value) => round(value)),
    /** Seconds waited before each run for the queries the previous run left behind. */
    settledS: settled,
    serverStartupMs: server.startupMs,
    searchQueries,
    /** With the caches on, after one request has filled them (what a repeated request costs). */
    perSearch,
    perPage,
    /** PUBLIC_CACHE=false: what the queries cost every time. */
    perSearchUncached,
    perPageUncached,
    app,
    appUncached,
    raw,
    ...summarise(app, appUncached, raw),
    seconds: round((performance.now() - began) / 1000, 1),
  };
}

function summarise(
  app: Record<string, LoadRun[]>,
  appUncached: Record<string, LoadRun[]>,
  raw: Record<SearchSqlMode, RawRun[]>,
) {
  const at = <T extends { connections?: number; concurrency?: number }>(runs: T[] | undefined, n: number) =>
    runs?.find((run) => (run.connections ?? run.concurrency) === n);
  const ratios = Object.fromEntries(
    CONNECTIONS.map((n) => {
      const appRate = at(app.search, n)?.requestsPerSec ?? 0;
      const uncachedRate = at(appUncached.search, n)?.requestsPerSec ?? 0;
      const rate = (mode: SearchSqlMode) => at(raw[mode], n)?.requestsPerSec ?? 0;
      return [
        `at${n}`,
        {
          appRequestsPerSec: appRate,
          appUncachedRequestsPerSec: uncachedRate,
          appUncachedToRawRequestSql: rate("request") ? round(uncachedRate / rate("request"), 3) : null,
          rawRequestSqlPerSec: rate("request"),
          rawSearchQueryPerSec: rate("searchQuery"),
          appToRawRequestSql: rate("request") ? round(appRate / rate("request"), 3) : null,
          appToRawSearchQuery: rate("searchQuery") ? round(appRate / rate("searchQuery"), 3) : null,
        },
      ];
    }),
  );
  const p95 = at(app.search, 50)?.latencyMs.p95 ?? Number.POSITIVE_INFINITY;
  const worstRatio = Math.min(
    ...CONNECTIONS.map(
      (n) => (ratios[`at${n}`] as { appToRawRequestSql: number | null }).appToRawRequestSql ?? 0,
    ),
  );
  return {
    appToRaw: ratios,
    targets: {
      searchApiP95At50ConnectionsMs: {
        target: `<= ${TARGET_P95_MS}`,
        value: p95,
        pass: p95 <= TARGET_P95_MS,
        uncached: at(appUncached.search, 50)?.latencyMs.p95 ?? null,
      },
      appToRawThroughput: {
        target: `>= ${TARGET_RATIO} at 10 and at 50 connections (raw = every SQL statement of an API search request)`,
        value: worstRatio,
        pass: worstRatio >= TARGET_RATIO,
        uncached: Math.min(
          ...CONNECTIONS.map(
            (n) =>
              (ratios[`at${n}`] as { appUncachedToRawRequestSql: number | null })
                .appUncachedToRawRequestSql ?? 0,
          ),
        ),
      },
    },
  };
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, "//$1:***@");
}
