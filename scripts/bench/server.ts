// The server processes and temporary folders of the benchmark: `node server.ts` spawned directly (so the pid
// is the node process whose memory is measured), timed to its first 200 on /fi/, stopped with SIGTERM, and
// everything removed on exit, also on failure or Ctrl+C.
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type BenchServer = { child: ChildProcess; pid: number; url: string; startupMs: number };

const children = new Set<ChildProcess>();
const folders = new Set<string>();

export function makeTempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), "hs-bench-"));
  folders.add(dir);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => ok(port));
    });
  });
}

/** Starts `node server.ts` and resolves once GET /fi/ answers 200; stdout and stderr go to logFile. */
export async function startServer(env: NodeJS.ProcessEnv, logFile: string): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, "a");
  const started = performance.now();
  const child = spawn(process.execPath, ["server.ts"], {
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  children.add(child);
  child.once("exit", () => children.delete(child));
  const deadline = started + 120_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `server exited (${child.exitCode ?? child.signalCode}) before serving /fi/:\n${tail(logFile)}`,
      );
    }
    try {
      const response = await fetch(`${url}/fi/`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.status === 200) {
        const startupMs = Math.round(performance.now() - started);
        return { child, pid: child.pid as number, url, startupMs };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 20));
  }
  throw new Error(`server did not serve /fi/ within 120 s:\n${tail(logFile)}`);
}

/** SIGTERM, then wait for the exit (the PGlite folder stays locked until then); SIGKILL after 15 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
  if (child.exitCode !== 0)
    process.stderr.write(`warning: server exited with ${child.exitCode ?? child.signalCode}\n`);
}

/** Graceful clean-up: stop every server, then remove the temporary folders. */
export async function cleanUp(): Promise<void> {
  await Promise.all([...children].map(stopServer));
  cleanUpNow();
}

/** Last resort on process exit (synchronous only): kill what still runs, remove the folders. */
export function cleanUpNow(): void {
  for (const child of children) child.kill("SIGKILL");
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

/** A field of /proc/<pid>/status in MB (VmRSS: now; VmHWM: the peak since start or since resetPeak). */
export function memoryMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Resets VmHWM to the current RSS (Linux clear_refs "5"); false where the kernel does not allow it. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/** Makes sure the pid is `node server.ts` itself, not a wrapper. */
export function assertNodeServer(pid: number): void {
  const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  if (argv[0] !== process.execPath || argv[1] !== "server.ts") {
    throw new Error(`pid ${pid} is not node server.ts: ${argv.join(" ")}`);
  }
}

export function tail(file: string, lines = 20): string {
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}
