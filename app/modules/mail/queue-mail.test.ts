import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCaptureLogger } from "../../test/capture-logger.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/test-smtp-server.ts";
import { type Jobs, startJobs } from "../jobs/index.server.ts";
import {
  enqueueQueuedMails,
  type MailSettings,
  queueMail,
  registerMailWorker,
  verifyUnsubscribeToken,
} from "./index.server.ts";
import { mailOutbox } from "./tables.ts";

const settings: MailSettings = {
  publicUrl: "https://hankintasilta.example",
  unsubscribeSecret: "u".repeat(32),
};
const mailFrom = "Hankintasilta <no-reply@hankintasilta.example>";
const logger = createCaptureLogger();

let database: TestDatabase;
let jobs: Jobs;
let smtp: TestSmtpServer;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startTestSmtpServer();
  jobs = await startJobs({ database, logger, pollingIntervalSeconds: 0.5 });
  await registerMailWorker({
    jobs,
    db: database.db,
    smtpUrl: smtp.url,
    mailFrom,
    mailDir: "unused",
    sweepCron: null,
  });
});

afterAll(async () => {
  await jobs?.stop();
  await smtp?.close();
  await database?.dispose();
});

async function outboxRow(id: string | null) {
  if (!id) throw new Error("the mail was suppressed");
  const [row] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}

function receivedTo(address: string) {
  return smtp.received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address);
}

describe("queueMail with an SMTP server", () => {
  it("delivers in Finnish, Swedish and English, escaping what it interpolates", async () => {
    const hostile = `<b>Kunta & "Co"</b>`;
    const started = performance.now();
    const ids: Record<string, string> = {};
    for (const locale of ["fi", "sv", "en"] as const) {
      const { id } = await queueMail({
        db: database.db,
        jobs,
        settings,
        to: `invitee-${locale}@example.fi`,
        locale,
        template: "invitation",
        data: {
          organisationName: hostile,
          inviterName: "Aino Virtanen",
          link: "https://hankintasilta.example/i/1",
        },
      });
      ids[locale] = id ?? "";
    }
    await vi.waitFor(() => expect(smtp.received.length).toBeGreaterThanOrEqual(3), {
      timeout: 10_000,
      interval: 50,
    });
    const elapsed = performance.now() - started;

    const expected = {
      fi: {
        subject: `Kutsu organisaatioon ${hostile} Hankintasillassa`,
        text: "kutsui sinut Hankintasiltaan",
      },
      sv: { subject: `Inbjudan till organisationen ${hostile} i Hankintasilta`, text: "har bjudit in dig" },
      en: { subject: `Invitation to join ${hostile} on Hankintasilta`, text: "has invited you to join" },
    };
    for (const locale of ["fi", "sv", "en"] as const) {
      const [mail] = receivedTo(`invitee-${locale}@example.fi`);
      expect(mail?.subject).toBe(expected[locale].subject);
      expect(mail?.text).toContain(expected[locale].text);
      expect(mail?.text).toContain(hostile);
      expect(mail?.text).toContain("https://hankintasilta.example/i/1");
      expect(mail?.html).toContain(`<html lang="${locale}">`);
      expect(mail?.html).toContain("&lt;b&gt;Kunta &amp; &quot;Co&quot;&lt;/b&gt;");
      expect(mail?.html).not.toContain("<b>Kunta");
      expect(mail?.from?.value[0]).toMatchObject({
        name: "Hankintasilta",
        address: "no-reply@hankintasilta.example",
      });
      expect(mail?.headers.get("content-language")).toBe(locale);
      expect(mail?.headers.get("auto-submitted")).toBe("auto-generated");

      // The SMTP server has the message before the worker records it as sent: wait for that write.
      await vi.waitFor(async () => expect((await outboxRow(ids[locale] ?? ""))?.status).toBe("sent"), {
        timeout: 10_000,
        interval: 50,
      });
      const row = await outboxRow(ids[locale] ?? "");
      expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null, messageId: mail?.messageId });
      expect(row?.sentAt).toBeInstanceOf(Date);
      expect(row?.history.map((event) => event.event)).toEqual(["queued", "sent"]);
      // The invitation link is a secret: the outbox forgets the bodies once delivered.
      expect(row?.textBody).toBeNull();
      expect(row?.htmlBody).toBeNull();
    }
    expect(elapsed).toBeLessThan(10_000);
  });

  it("puts List-Unsubscribe headers and a signed link on a notification", async () => {
    const to = "follower@example.fi";
    const { id } = await queueMail({
      db: database.db,
      jobs,
      settings,
      to,
      locale: "en",
      template: "notification",
      data: { topic: "plan-updates", subject: "A plan was published", message: "Espoo published its plan." },
    });
    await vi.waitFor(() => expect(receivedTo(to)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    const [mail] = receivedTo(to);
    const rawHeader = (key: string) => mail?.headerLines.find((line) => line.key === key)?.line ?? "";
    const header = rawHeader("list-unsubscribe");
    expect(rawHeader("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const url = /<(https:[^>]+)>/.exec(header)?.[1] ?? "";
    expect(url).toMatch(/^https:\/\/hankintasilta\.example\/en\/unsubscribe\?token=/);
    expect(mail?.text).toContain(url);
    expect(mail?.html).toContain(`href="${url}"`);
    const token = new URL(url).searchParams.get("token") ?? "";
    expect(verifyUnsubscribeToken(token, settings.unsubscribeSecret)).toEqual({
      address: to,
      topic: "plan-updates",
    });
    expect(verifyUnsubscribeToken(`${token.slice(0, -1)}x`, settings.unsubscribeSecret)).toBeNull();
    // Not a secret: a notification keeps its bodies in the outbox.
    expect((await outboxRow(id))?.textBody).toContain("Espoo published its plan.");
  });

  it("sends no unsubscribe header with transactional mail", async () => {
    const to = "newcomer@example.fi";
    await queueMail({
      db: database.db,
      jobs,
      settings,
      to,
      locale: "sv",
      template: "verify-email",
      data: { link: "https://hankintasilta.example/verify?t=1" },
    });
    await vi.waitFor(() => expect(receivedTo(to)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    expect(receivedTo(to)[0]?.headers.has("list-unsubscribe")).toBe(false);
    expect(receivedTo(to)[0]?.subject).toBe("Bekräfta din e-postadress");
  });

  it("stores nothing and sends nothing when the caller's transaction rolls back", async () => {
    const to = "rolled-back@example.fi";
    await expect(
      database.db.transaction(async (tx) => {
        await queueMail({
          db: tx,
          jobs,
          settings,
          to,
          locale: "fi",
          template: "magic-link",
          data: { link: "https://h.example/m" },
        });
        throw new Error("the command failed");
      }),
    ).rejects.toThrow("the command failed");
    const rows = await database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to));
    expect(rows).toHaveLength(0);
    expect(await jobs.boss.findJobs("mail.send", { queued: true })).toHaveLength(0);
  });

  it("refuses a bad address or bad data without storing anything", async () => {
    const before = (await database.db.select().from(mailOutbox)).length;
    await expect(
      queueMail({
        db: database.db,
        jobs,
        settings,
        to: "not an address",
        locale: "fi",
        template: "magic-link",
        data: { link: "https://h.example/m" },
      }),
    ).rejects.toThrow();
    await expect(
      queueMail({
        db: database.db,
        jobs,
        settings,
        to: "a@example.fi",
        locale: "fi",
        template: "magic-link",
        data: { link: "ftp://h.example/m" },
      }),
    ).rejects.toThrow();
    expect((await database.db.select().from(mailOutbox)).length).toBe(before);
  });

  it("leaves mail queued without a job runner until the sweep hands it over", async () => {
    const to = "later@example.fi";
    const { id } = await queueMail({
      db: database.db,
      settings,
      to,
      locale: "fi",
      template: "password-reset",
      data: { link: "https://hankintasilta.example/reset?t=1" },
    });
    expect((await outboxRow(id))?.status).toBe("queued");
    expect(await enqueueQueuedMails({ db: database.db, jobs })).toBe(1);
    // A second sweep while the job exists creates nothing new.
    expect(await enqueueQueuedMails({ db: database.db, jobs })).toBe(0);
    await vi.waitFor(() => expect(receivedTo(to)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    expect(receivedTo(to)[0]?.subject).toBe("Vaihda salasanasi");
    await vi.waitFor(async () => expect((await outboxRow(id))?.status).toBe("sent"), { timeout: 5_000 });
  });
});
