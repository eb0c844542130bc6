import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import pg from "pg";
import { type Database, openDatabase } from "../db/open-database.server.ts";

export type TestDatabase = Database & {
  /** The connection string of the throw-away PostgreSQL database (PostgreSQL mode only). */
  url?: string;
  dispose(): Promise<void>;
};

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped again by dispose), so the same test runs on both.
 * Racing tests ask for a larger pool so that their concurrent calls really run side by side.
 */
export async function createTestDatabase({
  poolSize = 4,
}: {
  poolSize?: number;
} = {}): Promise<TestDatabase> {
  const url = await createEmptyTestDatabaseUrl();
  const database = url
    ? await openDatabase({ databaseUrl: url, poolSize })
    : await openDatabase({ pgliteDir: "memory" });
  await database.migrate(resolve("drizzle"));
  return {
    ...database,
    url,
    dispose: async () => {
      await database.close();
      if (url) await dropTestDatabase(url);
    },
  };
}

/** Creates an empty database on the DATABASE_URL server and returns its URL; undefined without a server. */
export async function createEmptyTestDatabaseUrl(): Promise<string | undefined> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return undefined;
  const name = `hs_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^hs_test_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}
