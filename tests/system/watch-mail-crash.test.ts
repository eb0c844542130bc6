import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { and, inArray, isNull, sql } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { type Database, openDatabase } from "../../app/db/open-database.server.ts";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import { mailOutbox } from "../../app/modules/mail/tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { loadReferenceData } from "../../app/modules/reference-data/index.server.ts";
import { saveWatch } from "../../app/modules/watches/save-watch.server.ts";
import { watchSchema } from "../../app/modules/watches/schemas.ts";
import { watchesNotification } from "../../app/modules/watches/tables.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { createEmptyTestDatabaseUrl, dropTestDatabase } from "../../app/test/test-database.ts";
import { startTestSmtpServer } from "../../app/test/test-smtp-server.ts";

// The real server process delivers watch e-mails; it is killed with SIGKILL while one delivery hangs
// half-way, and started again on the same database. Every person gets their e-mail exactly once.

const people = Array.from({ length: 40 }, (_, index) => `henkilo${index + 1}@yritys.example`);
const deliveredBeforeKill = 15;

const pgliteDir = mkdtempSync(join(tmpdir(), "hs-crash-"));
const databaseUrl = await createEmptyTestDatabaseUrl();
const open = () => (databaseUrl ? openDatabase({ databaseUrl, poolSize: 2 }) : openDatabase({ pgliteDir }));
const running = new Set<ChildProcess>();

afterAll(async () => {
  for (const child of running) child.kill("SIGKILL");
  if (databaseUrl) await dropTestDatabase(databaseUrl);
});

/** Forty people with an instant watch on cleaning, and a new public cleaning plan they have not heard of. */
async function seed(database: Database) {
  const { db } = database;
  await database.migrate(resolve("drizzle"));
  await loadReferenceData({ db });
  const espoo = randomUUID();
  await db.insert(organisationsOrganisation).values({
    id: espoo,
    name: "Espoon kaupunki",
    slug: "espoo",
    kind: "municipality",
    municipalityCode: "049",
  });
  await db
    .insert(accountsUser)
    .values(people.map((email) => ({ id: email, name: email, email, emailVerified: true })));
  for (const email of people) {
    const saved = await saveWatch({
      db,
      viewer: {
        userId: email,
        name: email,
        email,
        locale: "fi",
        isPlatformAdmin: false,
        memberships: [],
        activeOrganisationId: null,
      },
      input: watchSchema.parse({ name: "Siivous", cpv: ["90900000"], event: ["published"], instant: true }),
    });
    expect(saved.ok).toBe(true);
  }
  await createFixturePlan(database, espoo, { title: { fi: "Koulujen siivous" }, mainCpv: "90911200" });
}

/** Starts server.ts and resolves when it listens; a PGlite folder still locked by the killed one is retried. */
async function startServer(smtpUrl: string): Promise<ChildProcess> {
  const env = {
    PATH: process.env.PATH ?? "",
    TZ: process.env.TZ || "Europe/Helsinki",
    LOG_LEVEL: "info",
    HOST: "127.0.0.1",
    PORT: "0",
    SMTP_URL: smtpUrl,
    SEED_DEMO_DATA: "false",
    PUBLIC_CACHE: "false",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: pgliteDir }),
  };
  for (let tries = 0; ; tries++) {
    const child = spawn(process.execPath, ["server.ts"], { env });
    running.add(child);
    let output = "";
    const started = await new Promise<boolean>((ready) => {
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"listening"')) ready(true);
      };
      child.stdout?.on("data", collect);
      child.stderr?.on("data", collect);
      child.on("exit", () => ready(false));
    });
    if (started) return child;
    running.delete(child);
    // The killed process's lock on the PGlite folder turns stale 10 s after its last update.
    if (!output.includes("in use by another") || tries >= 15)
      throw new Error(`server did not start: ${output}`);
    await new Promise((wait) => setTimeout(wait, 2_000));
  }
}

async function stop(child: ChildProcess, signal: NodeJS.Signals) {
  const exited = new Promise((done) => child.once("exit", done));
  child.kill(signal);
  await exited;
  running.delete(child);
}

const recipient = (mail: { to?: unknown }) =>
  (Array.isArray(mail.to) ? mail.to[0]?.text : (mail.to as { text?: string } | undefined)?.text) ?? "";

describe("a server killed in the middle of a batch of watch e-mails", () => {
  it("sends the rest after a restart, none twice", { timeout: 300_000 }, async () => {
    const seeding = await open();
    try {
      await seed(seeding);
    } finally {
      await seeding.close();
    }

    // The SMTP server takes 15 e-mails, then leaves the 16th delivery hanging.
    const smtp = await startTestSmtpServer({ hold: (_mail, accepted) => accepted >= deliveredBeforeKill });
    try {
      const first = await startServer(smtp.url);
      await vi.waitFor(() => expect(smtp.held).toHaveLength(1), { timeout: 120_000, interval: 100 });
      await stop(first, "SIGKILL");
      expect(smtp.received).toHaveLength(deliveredBeforeKill);
      // The hung delivery was never accepted: its sender is gone, and it is answered "try again later".
      smtp.releaseHeld();
      const interrupted = recipient(smtp.held[0] ?? {});

      const second = await startServer(smtp.url);
      await vi.waitFor(() => expect(smtp.received.length).toBeGreaterThanOrEqual(people.length), {
        timeout: 240_000,
        interval: 200,
      });
      await stop(second, "SIGTERM");

      const counts = new Map<string, number>();
      for (const mail of smtp.received) counts.set(recipient(mail), (counts.get(recipient(mail)) ?? 0) + 1);
      expect([...counts.keys()].sort()).toEqual([...people].sort());
      expect([...counts.values()].every((count) => count === 1)).toBe(true);
      expect(smtp.received).toHaveLength(people.length);
      expect(counts.get(interrupted)).toBe(1);
    } finally {
      await smtp.close();
    }

    // Nothing is owed that could send a duplicate later: every row sent, no delivery job left.
    const after = await open();
    try {
      const { db } = after;
      const rows = await db.select().from(mailOutbox);
      expect(rows).toHaveLength(people.length);
      expect(rows.filter((row) => row.status !== "sent")).toEqual([]);
      const unsent = await db
        .select({ id: watchesNotification.id })
        .from(watchesNotification)
        .where(and(isNull(watchesNotification.emailedAt), inArray(watchesNotification.userId, people)));
      expect(unsent).toEqual([]);
      const pending = (await db.execute(
        sql`select count(*)::int as count from pgboss.job where name = 'mail.send' and state in ('created', 'retry', 'active')`,
      )) as unknown as { rows: { count: number }[] };
      expect(pending.rows[0]?.count).toBe(0);
    } finally {
      await after.close();
    }
  });
});
