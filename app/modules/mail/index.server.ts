// E-mail (server side): templates in fi/sv/en, an outbox table, delivery as a background job (SMTP, or .eml files
// in development) with retries, and signed unsubscribe links.
//
// Wiring (server start-up, after the database is migrated):
//   const jobs = await startJobs({ database, logger });
//   await registerMailWorker({ jobs, db: database.db, smtpUrl: config.SMTP_URL,
//     mailFrom: config.MAIL_FROM, mailDir: config.MAIL_DIR });
//   services.mailSettings = { publicUrl: config.PUBLIC_URL, unsubscribeSecret: authSecret };
// Commands then call `queueMail({ db: tx, jobs, settings: services.mailSettings, to, locale, template, data })`
// (server/create-services.ts does this wiring).
// Shutdown: `await jobs.stop()` before `database.close()`.

export type { DeliverMailOptions } from "./deliver-mail.server.ts";
export { enqueueQueuedMails } from "./enqueue-queued-mails.server.ts";
export { type DevMail, type DevMailContent, listDevMails, readDevMail } from "./list-dev-mails.server.ts";
export type { MailCalendar } from "./mail-calendar.ts";
export {
  type InvalidMail,
  type MailSettings,
  type QueuedMail,
  type QueueMailOptions,
  queueMail,
  queueMails,
} from "./queue-mail.server.ts";
export {
  defaultMailRetry,
  type MailRetryOptions,
  type RegisterMailWorkerOptions,
  registerMailWorker,
} from "./register-mail-worker.server.ts";
export { sendMailJob } from "./send-mail-job.ts";
export {
  listUnsubscribedTopics,
  readUnsubscribeToken,
  resubscribe,
  unsubscribe,
} from "./unsubscribe.server.ts";
export {
  buildUnsubscribeUrl,
  createUnsubscribeToken,
  type UnsubscribeClaims,
  verifyUnsubscribeToken,
} from "./unsubscribe-token.ts";
