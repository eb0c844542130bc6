import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
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
import { plansPlan, plansVersion } from "../plans/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { registerWatchWorker, type WatchWorker } from "./register-watch-worker.server.ts";
import { saveWatch } from "./save-watch.server.ts";
import { watchSchema } from "./schemas.ts";
import { watchesNotification } from "./tables.ts";

// One plan whose title got into the database before the edge check (a line break and a control
// character) must not stop the instant e-mails of every other plan: the worker used to throw on the
// subject check, roll the batch back and try the same batch again on every tick.

const settings = { publicUrl: "https://hankintasilta.test", unsubscribeSecret: "p".repeat(32) };
const person = { id: "aino", email: "aino@yritys.example" };
// An address that got into the database unchecked: its mails cannot be rendered at all.
const broken = { id: "rikki", email: "rikki@@yritys..example" };
const espoo = randomUUID();
const logger = createCaptureLogger();
let database: TestDatabase;
let jobs: Jobs;
let worker: WatchWorker;
let smtp: TestSmtpServer;

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
  for (const someone of [person, broken]) {
    await db.insert(accountsUser).values({ ...someone, name: someone.id, emailVerified: true });
    const saved = await saveWatch({
      db,
      viewer: {
        userId: someone.id,
        name: someone.id,
        email: someone.email,
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
  jobs = await startJobs({ database, logger: createCaptureLogger(), pollingIntervalSeconds: 0.5 });
  await registerMailWorker({
    jobs,
    db,
    smtpUrl: smtp.url,
    mailFrom: "Hankintasilta <no-reply@hankintasilta.test>",
    mailDir: "unused",
    sweepCron: null,
    retry: { limit: 2, delaySeconds: 1, backoff: false },
  });
  // The tick is far away: the test runs the worker itself, after planting the bad title.
  worker = await registerWatchWorker({ jobs, db, settings, logger, intervalMs: 3_600_000 });
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await jobs?.stop();
  await smtp?.close();
  await database?.dispose();
});

describe("a poisoned plan title in the watch e-mails", () => {
  it("e-mails every good notification and sends the bad one with a cleaned subject, once", async () => {
    const { db } = database;
    const good = ["Koulujen siivous", "Päiväkotien siivous", "Sjukhusstädning 🧹"];
    for (const title of good)
      await createFixturePlan(database, espoo, { title: { fi: title }, mainCpv: "90911200" });
    const badId = await createFixturePlan(database, espoo, {
      title: { fi: "Kirjaston" },
      mainCpv: "90911200",
    });
    // Written past the form, as data from before the edge check would be: a line break and U+0007.
    const badTitle = { fi: "Kirjaston\nsiivous\u0007 ja ikkunat" };
    await db.update(plansPlan).set({ title: badTitle }).where(eq(plansPlan.id, badId));
    await db
      .update(plansVersion)
      .set({
        snapshot: sql`jsonb_set(${plansVersion.snapshot}, '{title}', ${JSON.stringify(badTitle)}::jsonb)`,
      })
      .where(eq(plansVersion.planId, badId));

    const first = await worker.runOnce();
    expect(first.notifications).toBe(8);

    await vi.waitFor(
      async () => {
        const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person.email));
        expect(rows).toHaveLength(4);
        expect(rows.every((row) => row.status !== "queued")).toBe(true);
      },
      { timeout: 30_000, interval: 200 },
    );
    const subjects = smtp.received.map((mail) => mail.subject ?? "");
    for (const title of good) expect(subjects.some((subject) => subject.endsWith(title))).toBe(true);
    const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person.email));
    const bad = rows.find((row) => row.subject.includes("Kirjaston"));
    if (bad?.status === "sent") {
      expect(subjects).toContain("Uusi hankintasuunnitelma: Kirjaston siivous ja ikkunat");
    } else {
      expect(bad?.status).toBe("failed");
      expect(bad?.lastError).toBeTruthy();
    }
    // The mails to the broken address are failed with their reason, each logged once; none was sent.
    const refused = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, broken.email));
    expect(refused).toHaveLength(4);
    for (const row of refused) {
      expect(row.status).toBe("failed");
      expect(row.lastError).toMatch(/^invalid mail: address/);
      expect(row.history.map((entry) => entry.event)).toEqual(["queued", "failed"]);
    }
    expect(logger.entries.filter((entry) => entry.level === "error")).toHaveLength(4);
    // Nothing is owed any more: the next pass queues nothing and nothing is sent twice.
    expect(await worker.runOnce()).toEqual({ versions: 0, notifications: 0, emailed: 0 });
    const pending = await db
      .select()
      .from(watchesNotification)
      .where(eq(watchesNotification.instantPending, true));
    expect(pending).toHaveLength(0);
    expect(smtp.received.length).toBeLessThanOrEqual(4);
  });
});
