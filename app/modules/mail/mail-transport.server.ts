import { mkdir, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createTransport, type SendMailOptions } from "nodemailer";
import type { mailOutbox } from "./tables.ts";

type OutboxRow = typeof mailOutbox.$inferSelect;

/** Where a message goes: an SMTP server, or `.eml` files in development. */
export type MailTransport = {
  kind: "smtp" | "files";
  send(message: SendMailOptions, signal: AbortSignal): Promise<{ messageId: string }>;
};

/**
 * The message for an outbox row. The Message-ID is derived from the row, so every retry of the same
 * row carries the same one and a receiving server can tell a repeat from a new message.
 */
export function buildMessage(row: OutboxRow, mailFrom: string): SendMailOptions {
  const headers: Record<string, string> = {
    // RFC 3834: keeps out-of-office replies and other auto-responders from answering.
    "Auto-Submitted": "auto-generated",
    "Content-Language": row.locale,
  };
  if (row.unsubscribeUrl) {
    headers["List-Unsubscribe"] = `<${row.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return {
    from: mailFrom,
    to: row.toAddress,
    subject: row.subject,
    text: row.textBody ?? "",
    html: row.htmlBody ?? "",
    messageId: `<${row.id}@${senderDomain(mailFrom)}>`,
    // A text/calendar alternative (calendar programs show "add to calendar") and the same as an attachment.
    ...(row.calendar
      ? { icalEvent: { method: "PUBLISH", filename: row.calendar.filename, content: row.calendar.content } }
      : {}),
    date: new Date(),
    headers,
  };
}

/** SMTP through nodemailer; time-outs well under the job's expiry so a stuck server fails the attempt. */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    kind: "smtp",
    send: async (message, signal) => {
      const info = await transporter.sendMail({ ...message, signal });
      return { messageId: info.messageId };
    },
  };
}

/** Development without SMTP: each message becomes `<time>-<outbox id>.eml` in the folder. */
export function createFileTransport(mailDir: string): MailTransport {
  const transporter = createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const dir = resolve(mailDir);
  return {
    kind: "files",
    send: async (message) => {
      const info = await transporter.sendMail(message);
      await mkdir(dir, { recursive: true });
      // "<outbox id@domain>" gives the outbox id; the time first makes names sort by when written.
      const id = /^<([\w-]+)@/.exec(String(message.messageId))?.[1] ?? "mail";
      const name = `${new Date().toISOString().replaceAll(":", "-")}-${id}.eml`;
      // Written under another name first, so the dev mail page never reads half a file.
      const partial = join(dir, `.${name}.partial`);
      await writeFile(partial, info.message as Buffer);
      await rename(partial, join(dir, name));
      return { messageId: info.messageId };
    },
  };
}

function senderDomain(mailFrom: string): string {
  const match = /@([^\s>]+)>?\s*$/.exec(mailFrom);
  return match?.[1] ?? "hankintasilta.localhost";
}
