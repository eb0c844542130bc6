// One autocannon run against the server, summarised; latency percentiles come from every response's own
// time (autocannon's histogram rounds to whole milliseconds and has no p95).
import autocannon from "autocannon";

export type LoadRun = {
  path: string;
  /** Every path requested, in turn on each connection, when more than one. */
  paths?: string[];
  connections: number;
  durationS: number;
  requests: number;
  requestsPerSec: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

/** Loads `path` (or each of `paths` in turn on every connection) for `durationS` seconds. */
export async function runLoad(
  base: string,
  path: string | string[],
  connections: number,
  durationS: number,
): Promise<LoadRun> {
  const paths = typeof path === "string" ? [path] : path;
  const times: number[] = [];
  const instance = autocannon({
    url: `${base}${paths[0]}`,
    connections,
    duration: durationS,
    ...(paths.length > 1 ? { requests: paths.map((each) => ({ method: "GET", path: each })) } : {}),
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => {
    times.push(ms);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
  );
  const run: LoadRun = {
    path: paths[0] ?? "",
    ...(paths.length > 1 ? { paths } : {}),
    connections,
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSec: round(result.requests.mean),
    latencyMs: {
      mean: round(times.reduce((sum, ms) => sum + ms, 0) / Math.max(1, times.length)),
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      max: round(times.at(-1) ?? 0),
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
  return run;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[index] ?? 0);
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
