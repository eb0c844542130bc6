import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { wellFormedText } from "../../lib/clean-text.ts";
import type { Jobs } from "../jobs/index.server.ts";
import type { MailCalendar } from "./mail-calendar.ts";
import { renderMail } from "./render-mail.ts";
import { sendMailJob } from "./send-mail-job.ts";
import { mailOutbox, mailSuppression } from "./tables.ts";
import type { MailRequest } from "./templates/index.ts";
import { buildUnsubscribeUrl, createUnsubscribeToken } from "./unsubscribe-token.ts";

/** What rendering needs from the configuration: links point at PUBLIC_URL and are signed with a secret. */
export type MailSettings = { publicUrl: string; unsubscribeSecret: string };

export type QueueMailOptions = MailRequest & {
  /** The caller's transaction (or the database): the row and its job commit or roll back with it. */
  db: DbOrTx;
  /** Without a job runner the row waits for the worker's sweep (at start-up and every five minutes). */
  jobs?: Jobs;
  settings: MailSettings;
  to: string;
  locale: Locale;
  /** An iCalendar document to send with the mail (see `mail_outbox.calendar`). */
  calendar?: MailCalendar;
};

const address = z.email().max(254);

/**
 * Renders an e-mail, stores it in the outbox and queues its delivery, all in one transaction.
 * Throws a ZodError when the address or the template data is invalid (nothing is stored then).
 * @example
 * await db.transaction(async (tx) => {
 *   const invitation = await createInvitation(tx, …);
 *   await queueMail({ db: tx, jobs, settings, to: invitation.email, locale: "sv",
 *     template: "invitation", data: { organisationName, inviterName, link } });
 * });
 */
export async function queueMail(options: QueueMailOptions): Promise<{ id: string | null }> {
  const { db, jobs, settings, ...mail } = options;
  const [id = null] = await queueMails({
    db,
    ...(jobs ? { jobs } : {}),
    settings,
    mails: [mail as QueuedMail],
  });
  return { id };
}

/** One e-mail of a queueMails batch: template, data, recipient and language. */
export type QueuedMail = MailRequest & { to: string; locale: Locale; calendar?: MailCalendar };

/** A mail of a batch that could not be rendered: stored as failed with `reason`, never sent. */
export type InvalidMail = { mail: QueuedMail; outboxId: string; reason: string };

/**
 * queueMail for many e-mails at once (a digest to thousands): one suppression lookup, one insert per
 * 500 rows and one job insert, in one transaction. Returns each mail's outbox id, or null where the
 * recipient had unsubscribed from its topic or the mail was invalid. Without `onInvalid` it throws
 * before storing anything when any mail is invalid (a command's own mail: its caller must know). With
 * it, one bad mail cannot hold up the rest (a worker's batch): it is stored as failed with its reason
 * and handed to `onInvalid`, and the others are queued.
 */
export async function queueMails({
  db,
  jobs,
  settings,
  mails,
  onInvalid,
}: {
  db: DbOrTx;
  jobs?: Jobs;
  settings: MailSettings;
  mails: QueuedMail[];
  onInvalid?: (invalid: InvalidMail) => void;
}): Promise<(string | null)[]> {
  const invalid: InvalidMail[] = [];
  const each = mails.map((mail) => {
    if (!onInvalid) return prepare(mail, settings);
    try {
      return prepare(mail, settings);
    } catch (error) {
      invalid.push({ mail, outboxId: randomUUID(), reason: describeInvalid(error) });
      return null;
    }
  });
  const prepared = each.filter((item) => item !== null);
  const suppressed = await suppressedPairs(
    db,
    prepared.flatMap((item) => (item.topic ? [{ address: item.to.toLowerCase(), topic: item.topic }] : [])),
  );
  // The person asked not to get this kind of mail: nothing is stored or sent.
  const kept = prepared.filter(
    (item) => !(item.topic && suppressed.has(`${item.to.toLowerCase()} ${item.topic}`)),
  );
  if (invalid.length > 0) await storeInvalid(db, invalid);
  for (const item of invalid) onInvalid?.(item);
  if (kept.length > 0) {
    const at = new Date().toISOString();
    // A savepoint inside the caller's transaction, or a transaction of its own: either way no row
    // exists without its job.
    await db.transaction(async (tx) => {
      for (let start = 0; start < kept.length; start += 500) {
        await tx.insert(mailOutbox).values(
          kept.slice(start, start + 500).map((item) => ({
            id: item.id,
            toAddress: item.to,
            locale: item.mail.locale,
            template: item.mail.template,
            subject: item.rendered.subject,
            textBody: item.rendered.text,
            htmlBody: item.rendered.html,
            unsubscribeUrl: item.rendered.unsubscribeUrl,
            calendar: item.mail.calendar ?? null,
            history: [{ at, event: "queued" as const }],
          })),
        );
      }
      await jobs?.sendMany(
        sendMailJob,
        kept.map((item) => ({ payload: { outboxId: item.id }, id: item.id })),
        { tx },
      );
    });
  }
  const keptIds = new Set(kept.map((item) => item.id));
  return each.map((item) => (item && keptIds.has(item.id) ? item.id : null));
}

/** Renders one mail of a batch; throws (a ZodError) when its address or data is invalid. */
function prepare(mail: QueuedMail, settings: MailSettings) {
  const to = address.parse(mail.to.trim());
  let topic: string | null = null;
  const rendered = renderMail({
    ...mail,
    unsubscribeUrl: (name) => {
      topic = name;
      return buildUnsubscribeUrl({
        publicUrl: settings.publicUrl,
        locale: mail.locale,
        token: createUnsubscribeToken({ address: to, topic: name, secret: settings.unsubscribeSecret }),
      });
    },
  });
  return { mail, to, topic: topic as string | null, rendered, id: randomUUID() };
}

/** The rows of mails that could not be rendered: failed at once, with the reason in their history. */
async function storeInvalid(db: DbOrTx, invalid: InvalidMail[]) {
  const at = new Date().toISOString();
  await db.insert(mailOutbox).values(
    invalid.map(({ mail, outboxId, reason }) => ({
      id: outboxId,
      // The address may be what was wrong with the mail: kept as far as a text column carries it.
      toAddress: wellFormedText(mail.to).slice(0, 254),
      locale: mail.locale,
      template: mail.template,
      subject: "",
      status: "failed" as const,
      lastError: reason,
      history: [
        { at, event: "queued" as const },
        { at, event: "failed" as const, error: reason },
      ],
    })),
  );
}

/** Which fields were wrong and how, never their values (they may hold personal data). */
function describeInvalid(error: unknown): string {
  if (error instanceof z.ZodError)
    return `invalid mail: ${error.issues.map((issue) => `${issue.path.join(".") || "address"} ${issue.message}`).join("; ")}`.slice(
      0,
      500,
    );
  return `invalid mail: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
}

async function suppressedPairs(
  db: DbOrTx,
  pairs: { address: string; topic: string }[],
): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await db
    .select({ address: mailSuppression.address, topic: mailSuppression.topic })
    .from(mailSuppression)
    .where(
      sql`(${mailSuppression.address}, ${mailSuppression.topic}) in (select * from unnest(${sql.param(pairs.map((p) => p.address))}::text[], ${sql.param(pairs.map((p) => p.topic))}::text[]))`,
    );
  return new Set(rows.map((row) => `${row.address} ${row.topic}`));
}
