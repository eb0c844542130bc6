import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import lockfile from "proper-lockfile";
import * as schema from "./schema.ts";
import { sessionSettingsSql } from "./session-settings.ts";
import type { Db } from "./types.ts";

// PostgreSQL extensions the migrations create (drizzle/0005_extensions.sql); PGlite must load them itself.
const extensions = { pg_trgm };

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /** The PGlite instance (embedded mode only), shared with pg-boss. */
  pglite?: PGlite;
  /** The connection string (PostgreSQL mode only), for pg-boss. */
  connectionString?: string;
  migrate(migrationsDir: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

export class DatabaseLockedError extends Error {}

export type OpenDatabaseOptions =
  | { databaseUrl: string; poolSize?: number }
  | { pgliteDir: string | "memory"; onLockCompromised?: (error: Error) => void };

/**
 * Opens PostgreSQL when a URL is given, otherwise PGlite in a data folder (or in memory).
 * Two processes on one PGlite folder lose data silently, so the folder is locked first and a second
 * process gets a DatabaseLockedError naming the folder.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if ("databaseUrl" in options) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.pgliteDir, options.onLockCompromised);
}

async function openPostgres(connectionString: string, max: number): Promise<Database> {
  // onConnect runs before a new connection is first handed out; a failure fails that query, not silently.
  const pool = new pg.Pool({
    connectionString,
    max,
    onConnect: async (client) => {
      await client.query(sessionSettingsSql);
    },
  });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it and /health reports the outage.
  });
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    connectionString,
    migrate: (migrationsFolder) => migrateNodePg(drizzleNodePg(pool), { migrationsFolder }),
    ping: async () => {
      await pool.query("select 1");
    },
    close: () => pool.end(),
  };
}

async function openPglite(dir: string, onLockCompromised?: (error: Error) => void): Promise<Database> {
  let release: (() => Promise<void>) | undefined;
  let pglite: PGlite;
  if (dir === "memory") {
    pglite = new PGlite({ extensions });
  } else {
    const folder = resolve(dir);
    mkdirSync(folder, { recursive: true });
    try {
      release = await lockfile.lock(folder, {
        stale: 10_000,
        update: 2_000,
        realpath: false,
        onCompromised: onLockCompromised ?? defaultCompromised(folder),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ELOCKED") {
        throw new DatabaseLockedError(
          `The database folder ${folder} is in use by another Hankintasilta process; stop it first (or set PGLITE_DIR to another folder).`,
        );
      }
      throw error;
    }
    pglite = new PGlite(folder, { extensions });
  }
  await pglite.waitReady;
  await pglite.exec(sessionSettingsSql);
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    pglite,
    migrate: (migrationsFolder) => migratePglite(drizzlePglite(pglite), { migrationsFolder }),
    ping: async () => {
      await pglite.query("select 1");
    },
    close: async () => {
      await pglite.close();
      await release?.();
    },
  };
}

function defaultCompromised(folder: string) {
  return (error: Error) => {
    console.error(`The lock on the database folder ${folder} was lost (${error.message}); stopping.`);
    process.exit(1);
  };
}
