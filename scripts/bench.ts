// `npm run bench`: builds once, then measures the production server: start-up time on a new (cold) and an
// existing (warm) PGlite folder, throughput and latency under load (autocannon), and peak memory; then
// the scale benchmark (scripts/bench/scale.ts) on the local PostgreSQL server when one answers.
// Prints one JSON document on stdout (progress on stderr). Only 127.0.0.1 is contacted.
//   --duration S            seconds of each load run (default 10)
//   --database-url URL      run the load part on PostgreSQL (or DATABASE_URL); start-up is always PGlite
//   --out FILE              also write the JSON to FILE
//   --scale-server URL      PostgreSQL for the scale part (default postgres://postgres@127.0.0.1:5432/postgres)
//   --keep-database NAME    scale part on this database: filled when it has no plans, reused when it has,
//                           never dropped (saves the minutes of generation between runs)
//   --scale-plans N         plans to generate (default 300000)
//   --skip-scale            leave the scale part out;  --scale-only  run only the scale part
//   --skip-watches          leave the watch part out;  --watches-only  run only the watch part
//   --watches N             watches to generate (default 100000)
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { assertNode24 } from "../server/require-node-24.ts";
import { type LoadRun, round, runLoad } from "./bench/load.ts";
import { dropScaleDatabase, redact, runScale } from "./bench/scale.ts";
import {
  assertNodeServer,
  cleanUp,
  cleanUpNow,
  makeTempRoot,
  memoryMb,
  resetPeak,
  startServer,
  stopServer,
  tail,
} from "./bench/server.ts";
import { runWatchBench } from "./bench/watches.ts";

assertNode24();
const began = performance.now();
const loadAtStart = loadavg().map((value) => round(value));
const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    "database-url": { type: "string" },
    out: { type: "string" },
    "scale-server": { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    "keep-database": { type: "string" },
    "scale-plans": { type: "string", default: "300000" },
    "skip-scale": { type: "boolean", default: false },
    "scale-only": { type: "boolean", default: false },
    "skip-watches": { type: "boolean", default: false },
    "watches-only": { type: "boolean", default: false },
    watches: { type: "string", default: "100000" },
  },
});
const durationS = Number(flags.duration);
if (!Number.isInteger(durationS) || durationS < 1 || durationS > 600) {
  fail("--duration must be a whole number of seconds between 1 and 600");
}
const databaseUrl = flags["database-url"] ?? process.env.DATABASE_URL ?? undefined;
for (const url of [databaseUrl, flags["scale-server"]]) {
  if (!url) continue;
  let host = "";
  try {
    host = new URL(url).hostname;
  } catch {}
  if (!["localhost", "127.0.0.1", "[::1]"].includes(host)) {
    fail("database URLs must point to localhost or 127.0.0.1 (the benchmark stays on this machine)");
  }
}
const scalePlans = Number(flags["scale-plans"]);
if (!Number.isInteger(scalePlans) || scalePlans < 1000 || scalePlans > 5_000_000) {
  fail("--scale-plans must be a whole number from 1000 to 5000000");
}
if (flags["skip-scale"] && flags["scale-only"]) fail("--skip-scale and --scale-only exclude each other");
const WARMUP_S = 2;
const SETTLE_S = 2;
const RUNS = 3;
const LOAD = [
  ["/fi/", 10],
  ["/fi/", 50],
  ["/health", 10],
  ["/health", 50],
] as const;

process.on("exit", cleanUpNow);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    progress(`${signal}: stopping`);
    void cleanUp()
      .then(dropScaleDatabase)
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

try {
  const result = await bench();
  const json = JSON.stringify(result, null, 2);
  if (flags.out) writeFileSync(flags.out, `${json}\n`);
  process.stdout.write(`${json}\n`);
  progress(`done in ${result.benchSeconds} s`);
} catch (error) {
  progress(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
  await dropScaleDatabase().catch((error: Error) =>
    progress(`could not drop the database: ${error.message}`),
  );
}

async function bench() {
  progress("building (react-router build)");
  const build = spawnSync("npx", ["react-router", "build"], { stdio: ["ignore", 2, 2] });
  if (build.status !== 0) throw new Error(`react-router build failed (${build.status ?? build.signal})`);

  const root = makeTempRoot();
  const log = join(root, "server.log");
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info" };
  // Nothing from the caller's environment may send the server elsewhere (SMTP, another database, port).
  for (const name of [
    "DATABASE_URL",
    "PGLITE_DIR",
    "PORT",
    "HOST",
    "PUBLIC_URL",
    "SMTP_URL",
    "MIGRATIONS_DIR",
  ])
    delete env[name];
  env.MAIL_DIR = join(root, "mail");
  env.SEED_DEMO_DATA = "true";

  const watchesOnly = flags["watches-only"];
  const basic = flags["scale-only"] || watchesOnly ? null : await measureStartupAndLoad(env, root, log);
  const scale = watchesOnly
    ? { skipped: true, reason: "--watches-only" }
    : flags["skip-scale"]
      ? { skipped: true, reason: "--skip-scale" }
      : await runScale({
          serverUrl: flags["scale-server"],
          ...(flags["keep-database"] ? { keepDatabase: flags["keep-database"] } : {}),
          plans: scalePlans,
          durationS,
          env,
          logFile: join(root, "scale-server.log"),
          progress,
        });
  const watches = flags["skip-watches"]
    ? { skipped: true, reason: "--skip-watches" }
    : await runWatchBench({ serverUrl: flags["scale-server"], watches: Number(flags.watches), progress });
  return {
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      totalMemoryGb: round(totalmem() / 1024 ** 3, 1),
      os: `${type()} ${release()} ${arch()}`,
      node: process.version,
      database: { startup: "pglite", load: databaseUrl ? "postgres" : "pglite", scale: "postgres" },
      databaseUrl: databaseUrl ? redact(databaseUrl) : undefined,
      loadAverageAtStart: loadAtStart,
      date: new Date().toISOString(),
    },
    settings: {
      loadDurationS: durationS,
      warmupS: WARMUP_S,
      settleS: SETTLE_S,
      startupRuns: RUNS,
      logLevel: "info",
    },
    ...(basic ?? { startup: { skipped: true, reason: "--scale-only" } }),
    scale,
    watches,
    benchSeconds: round((performance.now() - began) / 1000, 1),
  };
}

/** Start-up on new and existing PGlite folders, then /fi/ and /health under load, with memory. */
async function measureStartupAndLoad(env: NodeJS.ProcessEnv, root: string, log: string) {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = join(root, `pglite-${i}`);
    mkdirSync(dir);
    for (const samples of [cold, warm]) {
      const server = await startServer({ ...env, PGLITE_DIR: dir }, log);
      samples.push(server.startupMs);
      progress(`start-up ${samples === cold ? "cold" : "warm"} ${i + 1}/${RUNS}: ${server.startupMs} ms`);
      await stopServer(server.child);
    }
  }

  const loadEnv = databaseUrl
    ? { ...env, DATABASE_URL: databaseUrl }
    : { ...env, PGLITE_DIR: join(root, "pglite-0") };
  const server = await startServer(loadEnv, log);
  assertNodeServer(server.pid);
  // The server's memory peaks for a moment after its first page (start-up work); let that pass first.
  await new Promise((settle) => setTimeout(settle, SETTLE_S * 1000));
  const startupPeakRssMb = memoryMb(server.pid, "VmHWM");
  const peakResettable = resetPeak(server.pid);
  const rssBeforeLoadMb = memoryMb(server.pid, "VmRSS");
  let sampledMax = rssBeforeLoadMb;
  const sampler = setInterval(() => {
    try {
      sampledMax = Math.max(sampledMax, memoryMb(server.pid, "VmRSS"));
    } catch {
      // The server is gone; the check after the runs reports it.
    }
  }, 200);
  const runs: LoadRun[] = [];
  try {
    for (const path of new Set(LOAD.map(([path]) => path))) {
      progress(`warm-up ${path} for ${WARMUP_S} s`);
      await runLoad(server.url, path, 10, WARMUP_S);
    }
    for (const [path, connections] of LOAD) {
      progress(`load ${path} with ${connections} connections for ${durationS} s`);
      const run = await runLoad(server.url, path, connections, durationS);
      progress(`  ${run.requestsPerSec} req/s, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms`);
      runs.push(run);
    }
  } finally {
    clearInterval(sampler);
  }
  if (server.child.exitCode !== null || server.child.signalCode !== null) {
    throw new Error(`the server exited during the load phase:\n${tail(log)}`);
  }
  const memory = {
    peakRssMb: Math.max(memoryMb(server.pid, "VmHWM"), sampledMax),
    peakCovers: peakResettable ? "load phase (warm-up and runs)" : "server lifetime (clear_refs refused)",
    sampledMaxRssMb: sampledMax,
    rssBeforeLoadMb,
    startupPeakRssMb,
    rssAtEndMb: memoryMb(server.pid, "VmRSS"),
    source: `/proc/${server.pid}/status of node server.ts (VmHWM; VmRSS sampled every 200 ms)`,
  };
  await stopServer(server.child);

  const loadDatabase = databaseUrl ? "postgres" : "pglite";
  return {
    startup: {
      what: "spawn of node server.ts until the first 200 on GET /fi/",
      cold: { medianMs: median(cold), samplesMs: cold },
      warm: { medianMs: median(warm), samplesMs: warm },
    },
    load: { database: loadDatabase, serverStartupMs: server.startupMs, runs },
    memory,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}
