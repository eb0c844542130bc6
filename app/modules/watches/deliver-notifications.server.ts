import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import type { Jobs, JobsLogger } from "../jobs/index.server.ts";
import { type InvalidMail, type MailSettings, queueMails } from "../mail/index.server.ts";
import { listPublicHeadlines, type PublicHeadline } from "../plans/index.server.ts";
import type { WatchEvent } from "./events.ts";
import { watchesNotification, watchesWatch } from "./tables.ts";
import { digestMail, instantMail, type PlanNotice } from "./watch-mail.ts";
import { digestTopic, watchTopic } from "./watch-topic.ts";

type Delivery = { db: Db; jobs?: Jobs; settings: MailSettings; logger?: JobsLogger };

/**
 * A mail that cannot be rendered is stored as failed and logged once, and the rest of the batch goes:
 * one bad plan never stops everyone's e-mails (the batch used to roll back and repeat on every tick).
 */
const logInvalid =
  (logger: JobsLogger | undefined, kind: string) =>
  ({ outboxId, reason }: InvalidMail) =>
    logger?.error({ outboxId, reason }, `${kind} e-mail could not be rendered; marked failed`);

const noticeColumns = {
  id: watchesNotification.id,
  watchId: watchesNotification.watchId,
  planId: watchesNotification.planId,
  event: watchesNotification.event,
  watchName: watchesWatch.name,
  email: accountsUser.email,
  emailVerified: accountsUser.emailVerified,
  locale: accountsUser.locale,
};

const localeOf = (value: string): Locale => (isLocale(value) ? value : "fi");

type NoticeRow = { planId: string; event: string; watchName: string };

// What a notice says of its plan comes from the plan's public headline (its last public version); a plan
// that is no longer public when the mail is due is not mailed about at all (issue 11 §4).
function toNotice(row: NoticeRow, headline: PublicHeadline): PlanNotice {
  return {
    planId: row.planId,
    event: row.event as WatchEvent,
    watchName: row.watchName,
    title: headline.title,
    need: headline.need,
    organisationName: headline.organisationName,
    tenderYear: headline.tenderYear,
    tenderQuarter: headline.tenderQuarter,
  };
}

/**
 * Queues the instant e-mails owed, up to `batch` at a time, each batch in one transaction with the
 * notifications marked: a crash before the commit leaves them owed, after it they are in the outbox
 * (whose worker delivers and retries them), so none is lost and none is queued twice. A person who
 * unsubscribed from the watch, or whose address is unverified, gets no e-mail; the notification stays
 * in the app.
 */
export async function deliverInstantNotifications(
  { db, jobs, settings, logger }: Delivery,
  batch = 200,
): Promise<number> {
  let queued = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const rows = await tx
        .select(noticeColumns)
        .from(watchesNotification)
        .innerJoin(watchesWatch, eq(watchesWatch.id, watchesNotification.watchId))
        .innerJoin(accountsUser, eq(accountsUser.id, watchesNotification.userId))
        .where(eq(watchesNotification.instantPending, true))
        .orderBy(asc(watchesNotification.createdAt))
        .limit(batch)
        .for("update", { of: watchesNotification, skipLocked: true });
      const headlines = await listPublicHeadlines(
        tx,
        rows.map((row) => row.planId),
      );
      const recipients = rows.flatMap((row) => {
        const headline = headlines.get(row.planId);
        return row.emailVerified && headline ? [{ ...row, headline }] : [];
      });
      const ids = await queueMails({
        db: tx,
        ...(jobs ? { jobs } : {}),
        settings,
        onInvalid: logInvalid(logger, "instant watch"),
        mails: recipients.map((row) => {
          const locale = localeOf(row.locale);
          return {
            to: row.email,
            locale,
            template: "notification" as const,
            data: {
              topic: watchTopic(row.watchId),
              ...instantMail(toNotice(row, row.headline), locale, settings.publicUrl),
            },
          };
        }),
      });
      const emailed = recipients.filter((_, index) => ids[index] !== null).map((row) => row.id);
      if (rows.length > 0)
        await tx
          .update(watchesNotification)
          .set({
            instantPending: false,
            emailedAt: sql`case when ${watchesNotification.id} = any(${sql.param(emailed)}::uuid[]) then now() end`,
          })
          .where(
            inArray(
              watchesNotification.id,
              rows.map((row) => row.id),
            ),
          );
      return { rows: rows.length, emailed: emailed.length };
    });
    queued += done.emailed;
    if (done.rows < batch) return queued;
  }
}

/**
 * The weekly digest: one e-mail per person, grouped by watch, of the notifications of their digest
 * watches that no e-mail has mentioned yet (instant ones already sent are skipped). Each person's
 * notifications are marked in the transaction that queues their e-mail, so a digest run that stops
 * half-way can be run again and sends only the rest.
 */
export async function deliverWeeklyDigest(
  { db, jobs, settings, logger }: Delivery,
  { usersPerBatch = 200 }: { usersPerBatch?: number } = {},
): Promise<{ people: number; notifications: number }> {
  let people = 0;
  let notifications = 0;
  // People in the order of the partial index (user id), each batch after the last: the database reads
  // only as far as the next batch's people, instead of sorting every owed notification per batch.
  let after = "";
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const users = await tx
        .selectDistinct({ userId: watchesNotification.userId })
        .from(watchesNotification)
        .innerJoin(watchesWatch, eq(watchesWatch.id, watchesNotification.watchId))
        .where(
          and(
            gt(watchesNotification.userId, after),
            eq(watchesWatch.digest, true),
            isNull(watchesNotification.digestedAt),
            isNull(watchesNotification.emailedAt),
            eq(watchesNotification.instantPending, false),
          ),
        )
        .orderBy(asc(watchesNotification.userId))
        .limit(usersPerBatch);
      after = users[users.length - 1]?.userId ?? after;
      if (users.length === 0) return { users: 0, notifications: 0, seen: 0 };
      const rows = await tx
        .select({ ...noticeColumns, userId: watchesNotification.userId })
        .from(watchesNotification)
        .innerJoin(watchesWatch, eq(watchesWatch.id, watchesNotification.watchId))
        .innerJoin(accountsUser, eq(accountsUser.id, watchesNotification.userId))
        .where(
          and(
            inArray(
              watchesNotification.userId,
              users.map((user) => user.userId),
            ),
            eq(watchesWatch.digest, true),
            isNull(watchesNotification.digestedAt),
            isNull(watchesNotification.emailedAt),
            eq(watchesNotification.instantPending, false),
          ),
        )
        .orderBy(asc(watchesWatch.name), asc(watchesNotification.createdAt))
        .for("update", { of: watchesNotification, skipLocked: true });
      const headlines = await listPublicHeadlines(
        tx,
        rows.map((row) => row.planId),
      );
      const byUser = new Map<string, (typeof rows)[number][]>();
      for (const row of rows) {
        if (!headlines.has(row.planId)) continue;
        const items = byUser.get(row.userId);
        if (items) items.push(row);
        else byUser.set(row.userId, [row]);
      }
      await queueMails({
        db: tx,
        ...(jobs ? { jobs } : {}),
        settings,
        onInvalid: logInvalid(logger, "weekly digest"),
        mails: [...byUser.values()].flatMap((items) => {
          const first = items[0];
          if (!first?.emailVerified) return [];
          const locale = localeOf(first.locale);
          return [
            {
              to: first.email,
              locale,
              template: "notification" as const,
              data: {
                topic: digestTopic,
                ...digestMail(
                  items.flatMap((item) => {
                    const headline = headlines.get(item.planId);
                    return headline ? [toNotice(item, headline)] : [];
                  }),
                  locale,
                  settings.publicUrl,
                ),
              },
            },
          ];
        }),
      });
      if (rows.length > 0)
        await tx
          .update(watchesNotification)
          .set({ digestedAt: new Date() })
          .where(
            inArray(
              watchesNotification.id,
              rows.map((row) => row.id),
            ),
          );
      const mentioned = [...byUser.values()].reduce((sum, items) => sum + items.length, 0);
      return { users: byUser.size, notifications: mentioned, seen: users.length };
    });
    people += done.users;
    notifications += done.notifications;
    if (done.seen === 0) return { people, notifications };
  }
}
