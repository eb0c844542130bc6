// The job runner: background jobs over pg-boss on the app's own database (PGlite or PostgreSQL).
export type { JobContext, JobDefinition, JobHandler, JobQueueOptions } from "./job-definition.ts";
export { defineJob } from "./job-definition.ts";
export type { Jobs, JobsLogger, SendJobOptions, StartJobsOptions } from "./start-jobs.server.ts";
export { InvalidJobPayloadError, startJobs } from "./start-jobs.server.ts";
