import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCaptureLogger } from "../../test/capture-logger.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/test-smtp-server.ts";
import { type Jobs, startJobs } from "../jobs/index.server.ts";
import { queueMail, registerMailWorker } from "./index.server.ts";
import { mailOutbox } from "./tables.ts";

const settings = { publicUrl: "https://hankintasilta.example", unsubscribeSecret: "u".repeat(32) };
const logger = createCaptureLogger();

let database: TestDatabase;
let jobs: Jobs;
let smtp: TestSmtpServer;

beforeAll(async () => {
  database = await createTestDatabase();
  // Grey-listing for one address (refused once), a broken mailbox for another (refused always).
  smtp = await startTestSmtpServer({
    refuse: (mail, attempt) => {
      const to = Array.isArray(mail.to) ? "" : (mail.to?.text ?? "");
      return to === "never@example.fi" || (to === "retry@example.fi" && attempt === 1);
    },
  });
  jobs = await startJobs({ database, logger, pollingIntervalSeconds: 0.5 });
  await registerMailWorker({
    jobs,
    db: database.db,
    smtpUrl: smtp.url,
    mailFrom: "Hankintasilta <no-reply@hankintasilta.example>",
    mailDir: "unused",
    // Short delays for the test; production retries for hours (defaultMailRetry).
    retry: { limit: 1, delaySeconds: 1, backoff: true },
    sweepCron: null,
  });
});

afterAll(async () => {
  await jobs?.stop();
  await smtp?.close();
  await database?.dispose();
});

async function outboxRow(id: string) {
  const [row] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}

async function queueTo(to: string): Promise<{ id: string }> {
  const { id } = await queueMail({
    db: database.db,
    jobs,
    settings,
    to,
    locale: "fi",
    template: "notification",
    data: { topic: "plan-updates", subject: "Uutinen", message: "Viesti." },
  });
  if (!id) throw new Error("the mail was suppressed");
  return { id };
}

describe("delivery retries", () => {
  it("delivers on a retry after a temporary refusal, with back-off", async () => {
    const started = performance.now();
    const { id } = await queueTo("retry@example.fi");
    await vi.waitFor(async () => expect((await outboxRow(id))?.status).toBe("sent"), {
      timeout: 15_000,
      interval: 100,
    });
    const elapsed = performance.now() - started;
    const row = await outboxRow(id);
    expect(row).toMatchObject({ attempts: 2, lastError: null });
    expect(row?.history.map((event) => event.event)).toEqual(["queued", "attempt_failed", "sent"]);
    expect(row?.history[1]?.error).toMatch(/451/);
    const delivered = smtp.received.filter((mail) => mail.messageId === row?.messageId);
    expect(delivered).toHaveLength(1);
    // Back-off waits at least retryDelay (1 s) before the second attempt.
    expect(elapsed).toBeGreaterThan(1_000);
    expect(logger.entries.some((entry) => entry.level === "warn" && entry.message.includes("retried"))).toBe(
      true,
    );
  });

  it("marks the mail failed when the retries run out", async () => {
    const { id } = await queueTo("never@example.fi");
    await vi.waitFor(async () => expect((await outboxRow(id))?.status).toBe("failed"), {
      timeout: 15_000,
      interval: 100,
    });
    const row = await outboxRow(id);
    expect(row).toMatchObject({ attempts: 2, sentAt: null });
    expect(row?.lastError).toMatch(/451/);
    expect(row?.history.map((event) => event.event)).toEqual(["queued", "attempt_failed", "failed"]);
    expect(
      logger.entries.some((entry) => entry.level === "error" && entry.message.includes("no retries left")),
    ).toBe(true);
  });
});

describe("calendar invitations", () => {
  it("sends an iCalendar document as a text/calendar part and an .ics attachment", async () => {
    const content = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Hankintasilta//test//FI",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "UID:test-meeting@hankintasilta.example",
      "DTSTAMP:20270301T100000Z",
      "DTSTART:20270310T080000Z",
      "DTEND:20270310T083000Z",
      "SUMMARY:Tapaaminen",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const { id } = await queueMail({
      db: database.db,
      jobs,
      settings,
      to: "calendar@example.fi",
      locale: "fi",
      template: "notification",
      data: { topic: "market-dialogue", subject: "Tapaaminen varattu", message: "Viesti." },
      calendar: { filename: "tapaaminen.ics", content },
    });
    await vi.waitFor(async () => expect((await outboxRow(id ?? ""))?.status).toBe("sent"), {
      timeout: 15_000,
      interval: 100,
    });
    const row = await outboxRow(id ?? "");
    const [mail] = smtp.received.filter((received) => received.messageId === row?.messageId);
    // The calendar alternative (what calendar programs act on) and the same as a named attachment.
    const alternative = mail?.attachments.find((part) => part.contentType === "text/calendar");
    expect(alternative?.content.toString("utf8")).toContain("UID:test-meeting@hankintasilta.example");
    const attachment = mail?.attachments.find((part) => part.filename === "tapaaminen.ics");
    expect(attachment?.contentDisposition).toBe("attachment");
    expect(attachment?.content.toString("utf8")).toBe(content);
  });
});
