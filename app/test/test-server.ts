import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  const port = await findFreePort();
  const config = loadConfig({
    NODE_ENV: "production",
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    MAIL_DIR: mkdtempSync(join(tmpdir(), "hs-mail-")),
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    // The demo organisations and accounts, without the demo plans: tests create the plans they check.
    SEED_DEMO_PLANS: "false",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  const server = await startServer({
    config,
    logger: createLogger("silent"),
    pgliteDir: "memory",
    authSecret: "test-secret-that-is-long-enough-0123456789",
  });
  return {
    ...server,
    dispose: async () => {
      await server.stop();
      if (databaseUrl) await dropTestDatabase(databaseUrl);
    },
  };
}

/** A port that was free a moment ago: the server needs to know its public URL before it listens. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
