import pino from "pino";

/** JSON logs on stdout (or `destination`, in tests), one line each; request logs carry the request id. */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  const options = { level, base: { service: "hankintasilta" }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}
export type Logger = ReturnType<typeof createLogger>;
