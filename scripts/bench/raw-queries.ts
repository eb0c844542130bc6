// The database's share of a request, measured without the app: SQL run straight through `pg` by
// `concurrency` loops on a pool of `poolSize` connections (the app's pool size), each loop doing one
// "request" after the other for the duration, as autocannon does with its connections.
import pg from "pg";
import { sessionSettingsSql } from "../../app/db/session-settings.ts";
import { percentile, round } from "./load.ts";

/** One request's SQL, run on the pool (for example a search and the queries that follow it). */
export type RawRequest = (pool: pg.Pool) => Promise<void>;

export type RawRun = {
  what: string;
  concurrency: number;
  poolSize: number;
  durationS: number;
  requests: number;
  requestsPerSec: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  errors: number;
};

/** A pool with the app's session settings (the same as openDatabase gives the app). */
export function openRawPool(connectionString: string, poolSize: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    onConnect: async (client) => {
      await client.query(sessionSettingsSql);
    },
  });
  pool.on("error", () => {
    // An idle connection dropped; the next request gets a new one (and counts an error if that fails).
  });
  return pool;
}

/** Runs the requests in turn on each of `concurrency` loops for `durationS` seconds. */
export async function runRaw({
  what,
  pool,
  poolSize,
  requests,
  concurrency,
  durationS,
}: {
  what: string;
  pool: pg.Pool;
  poolSize: number;
  requests: RawRequest[];
  concurrency: number;
  durationS: number;
}): Promise<RawRun> {
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationS * 1000;
  // Every loop starts from the first request, as each autocannon connection does.
  const loop = async () => {
    for (let index = 0; performance.now() < deadline; index += 1) {
      const request = requests[index % requests.length];
      if (!request) return;
      const begun = performance.now();
      try {
        await request(pool);
        times.push(performance.now() - begun);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsedS = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    what,
    concurrency,
    poolSize,
    durationS: round(elapsedS),
    requests: times.length,
    requestsPerSec: round(times.length / elapsedS),
    latencyMs: {
      mean: round(times.reduce((sum, ms) => sum + ms, 0) / Math.max(1, times.length)),
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      max: round(times.at(-1) ?? 0),
    },
    errors,
  };
}
