import { mkdtempSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCaptureLogger } from "../../test/capture-logger.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { type Jobs, startJobs } from "../jobs/index.server.ts";
import { listDevMails, queueMail, readDevMail, registerMailWorker } from "./index.server.ts";
import { mailOutbox } from "./tables.ts";

const settings = { publicUrl: "http://localhost:3000", unsubscribeSecret: "d".repeat(32) };
const mailDir = join(mkdtempSync(join(tmpdir(), "hs-mail-")), "mail");

let database: TestDatabase;
let jobs: Jobs;

beforeAll(async () => {
  database = await createTestDatabase();
  jobs = await startJobs({ database, logger: createCaptureLogger(), pollingIntervalSeconds: 0.5 });
  const worker = await registerMailWorker({
    jobs,
    db: database.db,
    mailFrom: "Hankintasilta <x@h.localhost>",
    mailDir,
  });
  expect(worker.transport).toBe("files");
});

afterAll(async () => {
  await jobs?.stop();
  await database?.dispose();
});

describe("mail without SMTP (development)", () => {
  it("writes each mail as an .eml file, listed newest first", async () => {
    expect(await listDevMails(mailDir)).toEqual([]);
    const first = await queueMail({
      db: database.db,
      jobs,
      settings,
      to: "first@example.fi",
      locale: "fi",
      template: "magic-link",
      data: { link: "http://localhost:3000/fi/login?token=1" },
    });
    await vi.waitFor(async () => expect(await listDevMails(mailDir)).toHaveLength(1), {
      timeout: 10_000,
      interval: 50,
    });
    const second = await queueMail({
      db: database.db,
      jobs,
      settings,
      to: "second@example.fi",
      locale: "sv",
      template: "notification",
      data: { topic: "plan-updates", subject: "Ny plan", message: "Text." },
    });
    await vi.waitFor(async () => expect(await listDevMails(mailDir)).toHaveLength(2), {
      timeout: 10_000,
      interval: 50,
    });

    const mails = await listDevMails(mailDir);
    expect(mails.map((mail) => [mail.to, mail.subject])).toEqual([
      ["second@example.fi", "Ny plan"],
      ["first@example.fi", "Kirjautumislinkki Hankintasiltaan"],
    ]);
    expect(mails[0]?.date).toBeInstanceOf(Date);
    expect(mails[0]?.from).toContain("x@h.localhost");
    expect((await readdir(mailDir)).every((name) => name.endsWith(".eml"))).toBe(true);

    const content = await readDevMail(mailDir, mails[0]?.file ?? "");
    expect(content?.text).toContain("Text.");
    expect(content?.html).toContain('<html lang="sv">');
    expect(content?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(content?.headers["list-unsubscribe"]).toContain("http://localhost:3000/sv/unsubscribe?token=");

    for (const { id } of [first, second]) {
      const [row] = await database.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.id, id ?? ""));
      expect(row?.status).toBe("sent");
      expect(row?.messageId).toBe(`<${id}@h.localhost>`);
    }
  });

  it("reads only files inside the folder", async () => {
    expect(await readDevMail(mailDir, "../outside.eml")).toBeNull();
    expect(await readDevMail(mailDir, "missing.eml")).toBeNull();
    expect(await listDevMails(join(mailDir, "absent"))).toEqual([]);
  });

  it("schedules the sweep for mail queued without a job runner", async () => {
    const schedules = await jobs.boss.getSchedules("mail.sweep");
    expect(schedules.map((schedule) => schedule.cron)).toEqual(["*/5 * * * *"]);
  });
});
