import type { JobsLogger } from "../modules/jobs/index.server.ts";

export type CapturedLog = { level: "info" | "warn" | "error"; message: string; details: object };

/** A job-runner logger that keeps entries for assertions instead of printing them. */
export function createCaptureLogger(): JobsLogger & { entries: CapturedLog[] } {
  const entries: CapturedLog[] = [];
  return {
    entries,
    info: (details, message) => entries.push({ level: "info", message, details }),
    warn: (details, message) => entries.push({ level: "warn", message, details }),
    error: (details, message) => entries.push({ level: "error", message, details }),
  };
}
