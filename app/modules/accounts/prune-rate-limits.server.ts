import { lt, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/types.ts";
import { defineJob, type Jobs } from "../jobs/index.server.ts";
import { accountsRateLimit } from "./tables.ts";

// Rate-limit rows name e-mail and client addresses: kept only as long as a window can last.
export const pruneRateLimitsJob = defineJob({ name: "accounts.prune-rate-limits", schema: z.object({}) });

/** Deletes counters whose window ended more than a day ago; returns how many went. */
export async function pruneRateLimits(db: Db): Promise<number> {
  const removed = await db
    .delete(accountsRateLimit)
    .where(lt(accountsRateLimit.windowStart, sql`now() - interval '1 day'`))
    .returning({ key: accountsRateLimit.key });
  return removed.length;
}

/** Runs the pruning every hour. Call once at start-up, after startJobs. */
export async function registerAccountJobs({ jobs, db }: { jobs: Jobs; db: Db }): Promise<void> {
  await jobs.register(pruneRateLimitsJob, async () => {
    await pruneRateLimits(db);
  });
  await jobs.boss.schedule(pruneRateLimitsJob.name, "17 * * * *", {});
}
