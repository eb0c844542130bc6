import type { Db } from "../../db/types.ts";
import type { Jobs } from "../jobs/index.server.ts";
import { deliverMail } from "./deliver-mail.server.ts";
import { enqueueQueuedMails } from "./enqueue-queued-mails.server.ts";
import { createFileTransport, createSmtpTransport } from "./mail-transport.server.ts";
import { sendMailJob, sweepMailJob } from "./send-mail-job.ts";

/** How failed deliveries are retried: `delaySeconds` doubles per attempt (with jitter) when `backoff`. */
export type MailRetryOptions = {
  limit: number;
  delaySeconds: number;
  backoff: boolean;
  maxDelaySeconds?: number;
};

/** About three hours of retries (30 s, 1 min, 2 min, … capped at an hour) before a mail is given up. */
export const defaultMailRetry: MailRetryOptions = {
  limit: 8,
  delaySeconds: 30,
  backoff: true,
  maxDelaySeconds: 3600,
};

export type RegisterMailWorkerOptions = {
  jobs: Jobs;
  db: Db;
  /** SMTP_URL; without it every message is written as an .eml file into `mailDir` (development). */
  smtpUrl?: string;
  mailFrom: string;
  mailDir: string;
  retry?: MailRetryOptions;
  /** When to sweep for rows queued without a job (cron, UTC); null turns the schedule off. */
  sweepCron?: string | null;
};

/**
 * Works the `mail.send` jobs in this process and sweeps up rows that were queued without a job runner
 * (once now, then on `sweepCron`). Call it once at start-up, after `startJobs`.
 * @example
 * const jobs = await startJobs({ database, logger });
 * const mail = await registerMailWorker({
 *   jobs, db: database.db, smtpUrl: config.SMTP_URL, mailFrom: config.MAIL_FROM, mailDir: config.MAIL_DIR,
 * });
 * logger.info({ mail: mail.transport }, "mail worker ready");
 */
export async function registerMailWorker({
  jobs,
  db,
  smtpUrl,
  mailFrom,
  mailDir,
  retry = defaultMailRetry,
  sweepCron = "*/5 * * * *",
}: RegisterMailWorkerOptions): Promise<{ transport: "smtp" | "files" }> {
  const transport = smtpUrl ? createSmtpTransport(smtpUrl) : createFileTransport(mailDir);
  const queue = {
    retryLimit: retry.limit,
    retryDelay: retry.delaySeconds,
    retryBackoff: retry.backoff,
    ...(retry.maxDelaySeconds ? { retryDelayMax: retry.maxDelaySeconds } : {}),
    // Longer than the SMTP time-outs together, so an attempt fails on its own before pg-boss expires it.
    expireInSeconds: 300,
    // A process killed mid-delivery stops beating: its job is retried about a minute later instead of
    // waiting out the expiry. Beats go every 10 s, so only a database stalled for 20 s could fail a
    // delivery that is still running (its signal is then aborted).
    heartbeatSeconds: 20,
  };
  await jobs.register({ ...sendMailJob, queue }, ({ outboxId }, context) =>
    deliverMail({ db, transport, mailFrom, outboxId, context }),
  );
  await jobs.register(sweepMailJob, async () => {
    await enqueueQueuedMails({ db, jobs });
  });
  if (sweepCron === null) await jobs.boss.unschedule(sweepMailJob.name);
  else await jobs.boss.schedule(sweepMailJob.name, sweepCron, {});
  await enqueueQueuedMails({ db, jobs });
  return { transport: transport.kind };
}
