import type { QueueOptions } from "pg-boss";
import type { z } from "zod";

/** Retry, back-off and retention settings of a job's queue (pg-boss queue options). */
export type JobQueueOptions = Pick<
  QueueOptions,
  | "retryLimit"
  | "retryDelay"
  | "retryBackoff"
  | "retryDelayMax"
  | "expireInSeconds"
  | "retentionSeconds"
  | "deleteAfterSeconds"
  | "heartbeatSeconds"
>;

/**
 * A kind of background job: its queue name, the schema its payload must satisfy (checked when the job
 * is sent and again when it is worked) and its queue options.
 */
export type JobDefinition<Schema extends z.ZodType = z.ZodType> = {
  name: string;
  schema: Schema;
  queue?: JobQueueOptions;
};

/** What a handler learns about the attempt it runs. */
export type JobContext = {
  jobId: string;
  /** 1 on the first try, 2 on the first retry, … */
  attempt: number;
  /** No retry follows if this attempt fails: the handler's last chance to record the failure. */
  isLastAttempt: boolean;
  /** Aborted when the job expires or the runner stops without waiting for it. */
  signal: AbortSignal;
};

/** Works one job; throwing fails the attempt (retried while the queue's retryLimit allows). */
export type JobHandler<Schema extends z.ZodType> = (
  payload: z.output<Schema>,
  context: JobContext,
) => Promise<void>;

/**
 * Declares a job kind; a typed identity function so payload and handler types follow the schema.
 * @example
 * const sendReport = defineJob({ name: "reports.send", schema: z.object({ reportId: z.uuid() }) });
 */
export function defineJob<Schema extends z.ZodType>(
  definition: JobDefinition<Schema>,
): JobDefinition<Schema> {
  return definition;
}
