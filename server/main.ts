import { DatabaseLockedError } from "../app/db/open-database.server.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { assertNode24 } from "./require-node-24.ts";
import { startServer } from "./start-server.ts";

assertNode24();

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.LOG_LEVEL);
const dev = process.argv.includes("--dev");

try {
  const server = await startServer({ config, logger, dev });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await server.stop();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
} catch (error) {
  if (error instanceof DatabaseLockedError || (error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    const message =
      error instanceof DatabaseLockedError
        ? error.message
        : `Port ${config.PORT} is already in use: stop the other process or set PORT to another port.`;
    console.error(message);
    process.exit(1);
  }
  if (
    error instanceof Error &&
    /connect|ECONNREFUSED|ENOTFOUND|password authentication/i.test(error.message)
  ) {
    console.error(`Cannot connect to the database at DATABASE_URL: ${error.message.split("\n")[0]}`);
    process.exit(1);
  }
  throw error;
}
