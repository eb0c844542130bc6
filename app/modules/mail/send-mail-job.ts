import { z } from "zod";
import { defineJob } from "../jobs/index.server.ts";

/** Delivers one outbox row. The job id is the outbox id, so a row is never queued twice at once. */
export const sendMailJob = defineJob({ name: "mail.send", schema: z.object({ outboxId: z.uuid() }) });

/** Hands outbox rows that have no job (queued without a job runner) to the job runner. */
export const sweepMailJob = defineJob({ name: "mail.sweep", schema: z.object({}) });
