import { resolve } from "node:path";
import { type Database, openDatabase } from "../app/db/open-database.server.ts";
import type { Config } from "./config.ts";

/** The database the configuration names (PostgreSQL or the locked PGlite folder), migrated. */
export async function openConfiguredDatabase(config: Config, pgliteDir?: string): Promise<Database> {
  const database = config.DATABASE_URL
    ? await openDatabase({ databaseUrl: config.DATABASE_URL })
    : await openDatabase({ pgliteDir: pgliteDir ?? config.PGLITE_DIR });
  try {
    await database.migrate(resolve(config.MIGRATIONS_DIR));
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
