import { z } from "zod";
import type { Db } from "../../db/types.ts";
import { defineJob, type Jobs, type JobsLogger } from "../jobs/index.server.ts";
import type { MailSettings } from "../mail/index.server.ts";
import { deliverInstantNotifications, deliverWeeklyDigest } from "./deliver-notifications.server.ts";
import { matchPendingVersions } from "./match-plan-version.server.ts";

export const weeklyDigestJob = defineJob({
  name: "watches.weekly-digest",
  schema: z.object({}),
  queue: { retryLimit: 5, retryDelay: 60, retryBackoff: true },
});

/** Monday 08:00 in Helsinki, whatever the server's zone and daylight saving time. */
export const weeklyDigestCron = "0 8 * * 1";

export type WatchWorker = {
  /** Matches and e-mails what waits now, without waiting for the next tick (tests, benchmarks). */
  runOnce(): Promise<{ versions: number; notifications: number; emailed: number }>;
  stop(): Promise<void>;
};

/**
 * The watch worker: every `intervalMs` it matches the public plan versions waiting in
 * watches_pending_version and queues the instant e-mails owed; the weekly digest runs on a pg-boss
 * schedule. Everything it does is idempotent, so any number of processes may run it.
 */
export async function registerWatchWorker({
  jobs,
  db,
  settings,
  logger,
  intervalMs = 2_000,
}: {
  jobs: Jobs;
  db: Db;
  settings: MailSettings;
  logger: JobsLogger;
  intervalMs?: number;
}): Promise<WatchWorker> {
  await jobs.register(weeklyDigestJob, async () => {
    const result = await deliverWeeklyDigest({ db, jobs, settings, logger });
    logger.info(result, "weekly watch digest queued");
  });
  await jobs.boss.schedule(weeklyDigestJob.name, weeklyDigestCron, {}, { tz: "Europe/Helsinki" });

  let running: Promise<unknown> | null = null;
  let stopped = false;
  const runOnce = async () => {
    const matched = await matchPendingVersions(db);
    const emailed = await deliverInstantNotifications({ db, jobs, settings, logger });
    if (matched.versions > 0 || emailed > 0) logger.info({ ...matched, emailed }, "watches matched");
    return { ...matched, emailed };
  };
  const tick = () => {
    if (stopped || running) return;
    running = runOnce()
      .catch((error: unknown) =>
        logger.error({ err: error }, "watch matching failed; retried on the next tick"),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    runOnce: async () => {
      while (running) await running;
      return runOnce();
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (running) await running;
    },
  };
}
