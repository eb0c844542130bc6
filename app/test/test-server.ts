import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { type RunningServer, startServer } from "../../server/start-server.ts";
import { createEmptyTestDatabaseUrl, dropTestDatabase } from "./test-database.ts";

export type TestServer = RunningServer & { dispose(): Promise<void> };

/**
 * The real server on a free port with a throw-away database (PGlite in memory, or a new PostgreSQL
 * database when DATABASE_URL is set). Needs `react-router build` to have run (the system tests' global set-up).
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const databaseUrl = await createEmptyTestDatabaseUrl();
  const config = loadConfig({
    NODE_ENV: "production",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  const server = await startServer({ config, logger: createLogger("silent"), pgliteDir: "memory" });
  return {
    ...server,
    dispose: async () => {
      await server.stop();
      if (databaseUrl) await dropTestDatabase(databaseUrl);
    },
  };
}
