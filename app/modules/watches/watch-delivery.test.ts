import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCaptureLogger } from "../../test/capture-logger.ts";
import { createFixturePlan } from "../../test/plan-fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/test-smtp-server.ts";
import { accountsUser } from "../accounts/tables.ts";
import { type Jobs, startJobs } from "../jobs/index.server.ts";
import { registerMailWorker } from "../mail/index.server.ts";
import { mailOutbox } from "../mail/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { registerWatchWorker, type WatchWorker } from "./register-watch-worker.server.ts";
import { saveWatch } from "./save-watch.server.ts";
import { watchSchema } from "./schemas.ts";

// The worker against a real SMTP server: an outage loses nothing, and nothing is sent twice.

const settings = { publicUrl: "https://hankintasilta.test", unsubscribeSecret: "w".repeat(32) };
const people = ["aino", "eero", "lumi"].map((name) => ({ id: name, email: `${name}@yritys.example` }));
const espoo = randomUUID();
let database: TestDatabase;
let jobs: Jobs;
let worker: WatchWorker;
let smtp: TestSmtpServer;
let smtpPort = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await loadReferenceData({ db });
  await db.insert(organisationsOrganisation).values({
    id: espoo,
    name: "Espoon kaupunki",
    slug: "espoo",
    kind: "municipality",
    municipalityCode: "049",
  });
  await db
    .insert(accountsUser)
    .values(people.map((p) => ({ id: p.id, name: p.id, email: p.email, emailVerified: true })));
  for (const person of people) {
    const saved = await saveWatch({
      db,
      viewer: {
        userId: person.id,
        name: person.id,
        email: person.email,
        locale: "fi",
        isPlatformAdmin: false,
        memberships: [],
        activeOrganisationId: null,
      },
      input: watchSchema.parse({ name: "Siivous", cpv: ["90900000"], event: ["published"], instant: true }),
    });
    expect(saved.ok).toBe(true);
  }
  smtp = await startTestSmtpServer();
  smtpPort = Number(new URL(smtp.url).port);
  jobs = await startJobs({ database, logger: createCaptureLogger(), pollingIntervalSeconds: 0.5 });
  await registerMailWorker({
    jobs,
    db,
    smtpUrl: smtp.url,
    mailFrom: "Hankintasilta <no-reply@hankintasilta.test>",
    mailDir: "unused",
    sweepCron: null,
    retry: { limit: 30, delaySeconds: 1, backoff: false },
  });
  worker = await registerWatchWorker({ jobs, db, settings, logger: createCaptureLogger(), intervalMs: 200 });
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await jobs?.stop();
  await smtp?.close();
  await database?.dispose();
});

const received = (address: string) =>
  smtp.received.filter((mail) => (Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text) === address);

describe("watch e-mail delivery", () => {
  it("keeps every notification through an SMTP outage and sends each exactly once when it returns", async () => {
    const { db } = database;
    await smtp.close();
    await createFixturePlan(database, espoo, { title: { fi: "Koulujen siivous" }, mainCpv: "90911200" });

    // While the server is down, the e-mails wait in the outbox and their delivery keeps failing.
    await vi.waitFor(
      async () => {
        const rows = await db.select().from(mailOutbox);
        expect(rows).toHaveLength(3);
        expect(rows.every((row) => row.status === "queued" && row.attempts >= 2)).toBe(true);
      },
      { timeout: 30_000, interval: 200 },
    );

    smtp = await startTestSmtpServer({ port: smtpPort });
    await vi.waitFor(
      async () => {
        const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.status, "sent"));
        expect(rows).toHaveLength(3);
      },
      { timeout: 30_000, interval: 200 },
    );
    for (const person of people) expect(received(person.email)).toHaveLength(1);
    // Nothing more is owed: another pass of the worker queues nothing.
    expect(await worker.runOnce()).toEqual({ versions: 0, notifications: 0, emailed: 0 });
    expect(smtp.received).toHaveLength(3);
  });
});
