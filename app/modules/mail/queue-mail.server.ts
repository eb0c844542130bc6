import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Jobs } from "../jobs/index.ts";
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
  const to = address.parse(options.to.trim());
  const { settings, locale } = options;
  let unsubscribeTopic: string | null = null;
  const rendered = renderMail({
    ...options,
    unsubscribeUrl: (topic) => {
      unsubscribeTopic = topic;
      return buildUnsubscribeUrl({
        publicUrl: settings.publicUrl,
        locale,
        token: createUnsubscribeToken({ address: to, topic, secret: settings.unsubscribeSecret }),
      });
    },
  });
  if (unsubscribeTopic !== null) {
    // The person asked not to get this kind of mail: nothing is stored or sent.
    const [suppressed] = await options.db
      .select({ address: mailSuppression.address })
      .from(mailSuppression)
      .where(and(eq(mailSuppression.address, to.toLowerCase()), eq(mailSuppression.topic, unsubscribeTopic)));
    if (suppressed) return { id: null };
  }
  // A savepoint inside the caller's transaction, or a transaction of its own: either way the row never
  // exists without its job.
  return options.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mailOutbox)
      .values({
        toAddress: to,
        locale,
        template: options.template,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        unsubscribeUrl: rendered.unsubscribeUrl,
        history: [{ at: new Date().toISOString(), event: "queued" }],
      })
      .returning({ id: mailOutbox.id });
    if (!row) throw new Error("The outbox insert returned no row");
    await options.jobs?.send(sendMailJob, { outboxId: row.id }, { tx, id: row.id });
    return { id: row.id };
  });
}
