import { DatabaseLockedError } from "../app/db/open-database.server.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { assertNode24 } from "./require-node-24.ts";

/** Runs a maintenance command with the validated configuration; expected failures print one line. */
export async function runCli(task: (config: Config) => Promise<void>): Promise<void> {
  assertNode24();
  try {
    await task(loadConfig(process.env));
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
