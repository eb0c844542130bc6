// The job runner: background jobs over pg-boss on the app's own database (PGlite or PostgreSQL).

export {
  defineJob,
  type JobContext,
  type JobDefinition,
  type JobHandler,
  type JobQueueOptions,
} from "./job-definition.ts";
export {
  InvalidJobPayloadError,
  type Jobs,
  type JobsLogger,
  type SendJobOptions,
  type StartJobsOptions,
  startJobs,
} from "./start-jobs.server.ts";
