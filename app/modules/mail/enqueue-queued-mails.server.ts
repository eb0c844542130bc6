import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import type { Jobs } from "../jobs/index.server.ts";
import { sendMailJob } from "./send-mail-job.ts";
import { mailOutbox } from "./tables.ts";

/**
 * Queues a `mail.send` job for every outbox row still waiting, e.g. rows queued without a job runner.
 * Safe to repeat: the job id is the outbox id, so a row whose job still exists is skipped.
 * Returns how many jobs were newly created.
 */
export async function enqueueQueuedMails({ db, jobs }: { db: Db; jobs: Jobs }): Promise<number> {
  const rows = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(eq(mailOutbox.status, "queued"))
    .orderBy(asc(mailOutbox.createdAt))
    .limit(1000);
  let created = 0;
  for (const { id } of rows) {
    if (await jobs.send(sendMailJob, { outboxId: id }, { id })) created += 1;
  }
  return created;
}
