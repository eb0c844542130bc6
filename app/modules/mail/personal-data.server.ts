import { type AnyColumn, and, desc, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { type DataSubject, registerPersonalData } from "../accounts/index.server.ts";
import { mailOutbox, mailSuppression } from "./tables.ts";

const escapeHtml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

/** E-mails to the person and their unsubscribe choices, for the export of their data. */
async function mailDataOfPerson(db: DbOrTx, subject: DataSubject) {
  const emails = await db
    .select({
      createdAt: mailOutbox.createdAt,
      subject: mailOutbox.subject,
      template: mailOutbox.template,
      status: mailOutbox.status,
    })
    .from(mailOutbox)
    .where(sql`lower(${mailOutbox.toAddress}) = lower(${subject.email})`)
    .orderBy(desc(mailOutbox.createdAt));
  const unsubscribedTopics = await db
    .select({ topic: mailSuppression.topic, since: mailSuppression.createdAt })
    .from(mailSuppression)
    .where(sql`lower(${mailSuppression.address}) = lower(${subject.email})`);
  return { emails, unsubscribedTopics };
}

/**
 * Mails to the person are deleted. Mails to others that name them (an invitation they sent, a reply they
 * wrote) lose their bodies and the name in the subject; one still waiting is not sent any more.
 */
async function eraseMailOf(tx: DbOrTx, subject: DataSubject) {
  await tx.delete(mailOutbox).where(sql`lower(${mailOutbox.toAddress}) = lower(${subject.email})`);
  await tx.delete(mailSuppression).where(sql`lower(${mailSuppression.address}) = lower(${subject.email})`);
  const needles = [...new Set([subject.name, escapeHtml(subject.name), subject.email])].filter(
    (needle) => needle.trim().length > 0,
  );
  const mentions = (column: AnyColumn) =>
    or(...needles.map((needle) => sql`strpos(lower(${column}), lower(${needle})) > 0`));
  let redactedSubject = sql`${mailOutbox.subject}`;
  for (const needle of needles) redactedSubject = sql`replace(${redactedSubject}, ${needle}, '…')`;
  await tx
    .update(mailOutbox)
    .set({
      subject: redactedSubject,
      textBody: null,
      htmlBody: null,
      status: sql`case when ${mailOutbox.status} = 'queued' then 'failed' else ${mailOutbox.status} end`,
      lastError: sql`case when ${mailOutbox.status} = 'queued' then 'not sent: the person it names deleted their account' else ${mailOutbox.lastError} end`,
    })
    .where(
      and(
        ne(sql`lower(${mailOutbox.toAddress})`, sql`lower(${subject.email})`),
        or(mentions(mailOutbox.subject), mentions(mailOutbox.textBody), mentions(mailOutbox.htmlBody)),
      ),
    );
}

registerPersonalData({ module: "mail", exportFor: mailDataOfPerson, eraseFor: eraseMailOf });
