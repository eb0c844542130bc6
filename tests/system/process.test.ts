import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const node = process.execPath;

function runServer(env: Record<string, string>) {
  return spawnSync(node, ["server.ts"], {
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("the server process", () => {
  it.each([
    ["DATABASE_URL", "postgres//nope"],
    ["PORT", "abc"],
  ])("stops with one line naming %s when it is malformed", (name, value) => {
    const result = runServer({ [name]: value });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(lines[0]).not.toMatch(/\bat\s/);
  });

  // Two cold PGlite starts: slow on a loaded 2-core machine, hence the generous time limit.
  it("refuses a second process on the same PGlite folder", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "hs-lock-"));
    const env = { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", PGLITE_DIR: dir, HOST: "127.0.0.1" };
    const first = spawn(node, ["server.ts"], { env: { ...env, PORT: "0" } });
    try {
      let output = "";
      await new Promise<void>((ready, fail) => {
        first.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('"listening"')) ready();
        });
        first.stderr.on("data", (chunk: Buffer) => {
          output += chunk.toString();
        });
        first.on("exit", (code) => fail(new Error(`first server exited with ${code}: ${output}`)));
      });
      const second = runServer({ ...env, PORT: "0", LOG_LEVEL: "silent" });
      expect(second.status).toBe(1);
      const lines = second.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(dir);
      expect(lines[0]).toMatch(/in use by another/);
    } finally {
      first.kill("SIGTERM");
      await new Promise((done) => first.once("exit", done));
    }
    // After a graceful stop the folder can be opened again.
    const again = spawn(node, ["server.ts"], { env: { ...env, PORT: "0" } });
    let againOutput = "";
    const started = await new Promise<boolean>((ready) => {
      again.stdout.on("data", (chunk: Buffer) => {
        againOutput += chunk.toString();
        if (againOutput.includes('"listening"')) ready(true);
      });
      again.on("exit", () => ready(false));
    });
    again.kill("SIGTERM");
    await new Promise((done) => again.once("exit", done));
    expect(started).toBe(true);
  });
});
