import pino from "pino";

/** JSON logs on stdout, one line each; request logs carry the request id. */
export function createLogger(level: string) {
  return pino({ level, base: { service: "hankintasilta" }, timestamp: pino.stdTimeFunctions.isoTime });
}
export type Logger = ReturnType<typeof createLogger>;
