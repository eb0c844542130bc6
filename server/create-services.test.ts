import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { count } from "drizzle-orm";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { accountsUser } from "../app/modules/accounts/tables.ts";
import { apiToken } from "../app/modules/open-data/tables.ts";
import { organisationsOrganisation } from "../app/modules/organisations/tables.ts";
import { createTestDatabase, type TestDatabase } from "../app/test/test-database.ts";
import { loadConfig } from "./config.ts";
import { createServices } from "./create-services.ts";

// Start-up on a new, empty database: what the demo-data rule (decideDemoSeeding) leaves in it.
let database: TestDatabase | undefined;
let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  await database?.dispose();
  stop = undefined;
  database = undefined;
});

async function startUp(env: Record<string, string>) {
  database = await createTestDatabase();
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({
    SEED_DEMO_PLANS: "false",
    MAIL_DIR: mkdtempSync(join(tmpdir(), "hs-mail-")),
    ...env,
  });
  const created = await createServices({
    config,
    logger: pino({ level: "info" }, sink),
    database,
    authSecret: "test-secret-that-is-long-enough-0123456789",
  });
  stop = created.stop;
  const { db } = database;
  const [users] = await db.select({ value: count() }).from(accountsUser);
  const [organisations] = await db.select({ value: count() }).from(organisationsOrganisation);
  const [tokens] = await db.select({ value: count() }).from(apiToken);
  return {
    rows: Number(users?.value) + Number(organisations?.value) + Number(tokens?.value),
    log: lines.map((line) => JSON.parse(line) as { level: number; msg: string; reason?: string }),
  };
}

describe("demo data at start-up", () => {
  it("seeds nothing in production on a public PUBLIC_URL, and says why in the log", async () => {
    const { rows, log } = await startUp({
      NODE_ENV: "production",
      PUBLIC_URL: "https://hankintasilta.example",
      AUTH_SECRET: "x".repeat(32),
    });
    expect(rows).toBe(0);
    expect(log).toContainEqual(
      expect.objectContaining({
        msg: "demo data not seeded",
        reason: "PUBLIC_URL is not local (production)",
      }),
    );
  }, 60_000);

  it("seeds the demo accounts and token on a local PUBLIC_URL", async () => {
    const { rows } = await startUp({ NODE_ENV: "production", PUBLIC_URL: "http://localhost:3000" });
    expect(rows).toBeGreaterThan(10);
  }, 60_000);

  it("seeds with a warning when asked to on a public address outside production", async () => {
    const { rows, log } = await startUp({
      NODE_ENV: "development",
      PUBLIC_URL: "https://demo.example",
      SEED_DEMO_DATA: "true",
    });
    expect(rows).toBeGreaterThan(10);
    const warning = log.find((entry) => entry.level === 40);
    expect(warning?.msg).toMatch(
      /^demo data seeded: demo data on the non-local PUBLIC_URL https:\/\/demo\.example/,
    );
  }, 60_000);
});
