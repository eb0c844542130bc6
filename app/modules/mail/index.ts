// E-mail: templates in fi/sv/en, an outbox table, delivery as a background job (SMTP, or .eml files
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
export type { DevMail, DevMailContent } from "./list-dev-mails.server.ts";
export { listDevMails, readDevMail } from "./list-dev-mails.server.ts";
export type { InvalidMail, MailSettings, QueuedMail, QueueMailOptions } from "./queue-mail.server.ts";
export { queueMail, queueMails } from "./queue-mail.server.ts";
export type { MailRetryOptions, RegisterMailWorkerOptions } from "./register-mail-worker.server.ts";
export { defaultMailRetry, registerMailWorker } from "./register-mail-worker.server.ts";
export type { RenderedMail } from "./render-mail.ts";
export { renderMail } from "./render-mail.ts";
export { sendMailJob } from "./send-mail-job.ts";
export type { MailEvent, MailStatus } from "./tables.ts";
export { mailOutbox, mailSuppression } from "./tables.ts";
export type { MailRequest, MailTemplateName } from "./templates/index.ts";
export { readUnsubscribeToken, unsubscribe } from "./unsubscribe.server.ts";
export type { UnsubscribeClaims } from "./unsubscribe-token.ts";
export { buildUnsubscribeUrl, createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token.ts";
