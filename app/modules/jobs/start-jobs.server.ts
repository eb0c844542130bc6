import { sql } from "drizzle-orm";
import {
  type ConstructorOptions,
  fromDrizzle,
  fromPglite,
  type JobResult,
  type JobWithMetadata,
  PgBoss,
} from "pg-boss";
import type { z } from "zod";
import type { Database } from "../../db/open-database.server.ts";
import type { DbOrTx } from "../../db/types.ts";
import type { JobContext, JobDefinition, JobHandler } from "./job-definition.ts";

/** The logger calls the runner makes; a pino logger fits. */
export type JobsLogger = {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
};

export type SendJobOptions = {
  /** Write the job in this transaction, so it exists exactly when the caller's rows do. */
  tx?: DbOrTx;
  /** A fixed job id (uuid): sending the same id again while the job is kept is a no-op. */
  id?: string;
  /** A date, or seconds from now. */
  startAfter?: Date | number;
  priority?: number;
};

export type Jobs = {
  /** pg-boss itself, for what this small runner does not cover (schedules, queue statistics). */
  boss: PgBoss;
  /** Creates the job's queue (idempotent) and applies its options, without working it in this process. */
  declare(definition: JobDefinition): Promise<void>;
  /** Declares the job and works it here with the handler; one handler per job name. */
  register<Schema extends z.ZodType>(
    definition: JobDefinition<Schema>,
    handler: JobHandler<Schema>,
  ): Promise<void>;
  /** Validates the payload and queues the job; throws an InvalidJobPayloadError when it does not fit. */
  send<Schema extends z.ZodType>(
    definition: JobDefinition<Schema>,
    payload: z.input<Schema>,
    options?: SendJobOptions,
  ): Promise<string | null>;
  send(name: string, payload: unknown, options?: SendJobOptions): Promise<string | null>;
  /**
   * Queues many jobs of one kind in one statement (each payload validated first), in `tx` when given;
   * `id` as in send(). For work that produces thousands of jobs at once (a weekly digest).
   */
  sendMany<Schema extends z.ZodType>(
    definition: JobDefinition<Schema>,
    jobs: { payload: z.input<Schema>; id?: string }[],
    options?: { tx?: DbOrTx },
  ): Promise<void>;
  /** Stops fetching, waits up to `stopTimeoutMs` for running jobs (the rest are retried later), closes. */
  stop(): Promise<void>;
};

export type StartJobsOptions = {
  database: Database;
  logger?: JobsLogger;
  /** How often idle workers look for new jobs; pick-up latency is about this. Minimum 0.5. */
  pollingIntervalSeconds?: number;
  /** How long stop() waits for running jobs. */
  stopTimeoutMs?: number;
};

/** A payload that does not satisfy its job's schema: a programming error, so it is never queued. */
export class InvalidJobPayloadError extends Error {
  readonly issues: z.core.$ZodIssue[];
  constructor(jobName: string, issues: z.core.$ZodIssue[]) {
    super(
      `Invalid payload for job ${jobName}: ${issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
    this.issues = issues;
  }
}

/**
 * Starts pg-boss on the app's database: on PGlite through pg-boss's PGlite backend on the same
 * instance (a second connection to an embedded database is impossible), on PostgreSQL through its
 * own small pool. pg-boss keeps its tables in the `pgboss` schema and migrates them itself.
 *
 * Wiring (server start-up), after the database is open and migrated:
 * @example
 * const jobs = await startJobs({ database, logger });
 * await registerMailWorker({ jobs, db: database.db, ... });   // each module registers its jobs
 * // shutdown: stop the HTTP server, then `await jobs.stop()`, then `await database.close()`
 */
export async function startJobs({
  database,
  logger = consoleLogger,
  pollingIntervalSeconds = 1,
  stopTimeoutMs = 5_000,
}: StartJobsOptions): Promise<Jobs> {
  const boss = new PgBoss(bossOptions(database));
  // An unhandled 'error' event would crash the process; pg-boss recovers from these itself.
  boss.on("error", (error) => logger.error({ err: error }, "job runner error"));
  boss.on("warning", (warning) => logger.warn({ data: warning.data }, `job runner: ${warning.message}`));
  await boss.start();

  const definitions = new Map<string, JobDefinition>();
  const declared = new Set<string>();
  const registered = new Set<string>();
  let stopping: Promise<void> | undefined;

  const declare = async (definition: JobDefinition) => {
    definitions.set(definition.name, definition);
    if (!declared.has(definition.name)) {
      await boss.createQueue(definition.name, definition.queue ?? {});
      declared.add(definition.name);
    }
    // createQueue leaves an existing queue as it was; this applies changed retry settings too.
    if (definition.queue) await boss.updateQueue(definition.name, definition.queue);
  };

  const runJob = async (
    definition: JobDefinition,
    handler: JobHandler<z.ZodType>,
    job: JobWithMetadata<unknown>,
  ): Promise<JobResult> => {
    const where = { job: definition.name, jobId: job.id, attempt: job.retryCount + 1 };
    const parsed = definition.schema.safeParse(job.data);
    if (!parsed.success) {
      // Retrying cannot fix a payload; fail it for good.
      logger.error({ ...where, issues: parsed.error.issues }, "job payload invalid; not retried");
      return { id: job.id, status: "deadletter", output: { error: "invalid payload" } };
    }
    const context: JobContext = {
      jobId: job.id,
      attempt: job.retryCount + 1,
      isLastAttempt: job.retryCount >= job.retryLimit,
      signal: job.signal,
    };
    try {
      await handler(parsed.data, context);
      return { id: job.id, status: "completed" };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (context.isLastAttempt) logger.error({ ...where, err: error }, "job failed; no retries left");
      else logger.warn({ ...where, err: error }, "job failed; will be retried");
      return { id: job.id, status: "failed", output: { error: message } };
    }
  };

  const send = async (
    nameOrDefinition: string | JobDefinition,
    payload: unknown,
    options: SendJobOptions = {},
  ) => {
    const definition =
      typeof nameOrDefinition === "string" ? definitions.get(nameOrDefinition) : nameOrDefinition;
    if (!definition) throw new Error(`Job ${String(nameOrDefinition)} is not declared in this process`);
    const parsed = definition.schema.safeParse(payload);
    if (!parsed.success) throw new InvalidJobPayloadError(definition.name, parsed.error.issues);
    if (!declared.has(definition.name)) {
      // Creating the queue needs the runner's own connection; on PGlite that waits for the caller's open
      // transaction to end, which waits for this call: a deadlock. So jobs sent in a transaction must
      // be declared (or registered) at start-up.
      if (options.tx)
        throw new Error(`Job ${definition.name} must be declared at start-up to be sent in a transaction`);
      await declare(definition);
    }
    const { tx, ...rest } = options;
    return boss.send(definition.name, parsed.data as object, {
      ...rest,
      ...(tx ? { db: fromDrizzle(tx as Parameters<typeof fromDrizzle>[0], sql) } : {}),
    });
  };

  return {
    boss,
    declare,
    register: async (definition, handler) => {
      if (registered.has(definition.name)) throw new Error(`Job ${definition.name} already has a handler`);
      await declare(definition);
      registered.add(definition.name);
      await boss.work(
        definition.name,
        { batchSize: 1, includeMetadata: true, perJobResults: true, pollingIntervalSeconds },
        async (batch) => {
          const results: JobResult[] = [];
          for (const job of batch) {
            results.push(
              await runJob(definition, handler as JobHandler<z.ZodType>, job as JobWithMetadata<unknown>),
            );
          }
          return results;
        },
      );
    },
    send: send as Jobs["send"],
    sendMany: async (definition, items, options = {}) => {
      if (items.length === 0) return;
      if (!declared.has(definition.name)) {
        if (options.tx)
          throw new Error(`Job ${definition.name} must be declared at start-up to be sent in a transaction`);
        await declare(definition);
      }
      const jobs = items.map((item) => {
        const parsed = definition.schema.safeParse(item.payload);
        if (!parsed.success) throw new InvalidJobPayloadError(definition.name, parsed.error.issues);
        return { ...(item.id ? { id: item.id } : {}), data: parsed.data as object };
      });
      await boss.insert(
        definition.name,
        jobs,
        options.tx ? { db: fromDrizzle(options.tx as Parameters<typeof fromDrizzle>[0], sql) } : {},
      );
    },
    stop: () => {
      stopping ??= boss.stop({ graceful: true, timeout: stopTimeoutMs, close: true });
      return stopping;
    },
  };
}

/**
 * The supervisor fails jobs whose heartbeat or expiry ran out (a process killed mid-job) and queues
 * their retry; every 15 s instead of pg-boss's 60, so such a job waits about a minute, not two.
 */
const supervision = { superviseIntervalSeconds: 15, monitorIntervalSeconds: 15 };

function bossOptions(database: Database): ConstructorOptions {
  if (database.kind === "pglite") {
    if (!database.pglite) throw new Error("The PGlite database has no PGlite instance to share with pg-boss");
    return { db: fromPglite(database.pglite), backend: "pglite", ...supervision };
  }
  if (!database.connectionString)
    throw new Error("The PostgreSQL database has no connection string for pg-boss");
  return {
    connectionString: database.connectionString,
    max: 4,
    application_name: "hankintasilta-jobs",
    ...supervision,
  };
}

const consoleLogger: JobsLogger = {
  info: (details, message) => console.info(message, details),
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};
