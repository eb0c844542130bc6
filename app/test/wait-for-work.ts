import { sql } from "drizzle-orm";
import { expect, vi } from "vitest";
import type { Services } from "../services.ts";

/**
 * Waits until the job runner has worked every job that is due (none created, retrying or active) and
 * the mail outbox has nothing left to send. Only then does "no e-mail arrived" mean that none will: a
 * check that merely waited a while passes whenever the worker is slow.
 */
export async function waitForWorkDone(services: Pick<Services, "database">, timeout = 30_000) {
  const { db } = services.database;
  await vi.waitFor(
    async () => {
      const { rows } = (await db.execute(sql`
        select
          (select count(*)::int from pgboss.job
            where left(name, 8) <> '__pgboss'
              and (state = 'active' or (state in ('created', 'retry') and start_after <= now()))) as jobs,
          (select count(*)::int from mail_outbox where status = 'queued') as mails
      `)) as unknown as { rows: { jobs: number; mails: number }[] };
      expect(rows[0]).toEqual({ jobs: 0, mails: 0 });
    },
    { timeout, interval: 100 },
  );
}
