import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { getRequestListener } from "@hono/node-server";
import type { ServerBuild } from "react-router";
import type { Database } from "../app/db/open-database.server.ts";
import type { Services } from "../app/services.ts";
import type { Config } from "./config.ts";
import { createServices } from "./create-services.ts";
import { createApp } from "./http/create-app.ts";
import type { Logger } from "./logger.ts";
import { openConfiguredDatabase } from "./open-configured-database.ts";

export type RunningServer = {
  url: string;
  port: number;
  services: Services;
  stop(): Promise<void>;
};

type Options = {
  config: Config;
  logger: Logger;
  /** "memory" gives tests a throw-away PGlite. */
  pgliteDir?: string;
  /** Serve pages through Vite (development) instead of the built bundle. */
  dev?: boolean;
  /** Tests pass a fixed secret instead of the one kept in ./data. */
  authSecret?: string;
};

/**
 * Opens the database, runs migrations, starts the HTTP server. Everything a process needs, in the order
 * it needs it; `stop()` undoes it in reverse (used by graceful shutdown and by tests).
 */
export async function startServer({
  config,
  logger,
  pgliteDir,
  dev = false,
  authSecret,
}: Options): Promise<RunningServer> {
  const started = performance.now();
  const database: Database = await openConfiguredDatabase(config, pgliteDir);
  let created: Awaited<ReturnType<typeof createServices>>;
  try {
    created = await createServices({ config, logger, database, authSecret });
  } catch (error) {
    await database.close();
    throw error;
  }
  const { services } = created;

  let viteClose: (() => Promise<void>) | undefined;
  let getBuild: () => Promise<ServerBuild>;
  let middleware: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void) | undefined;
  let clientDir: string | undefined;
  if (dev) {
    const vite = await import("vite");
    const devServer = await vite.createServer({ server: { middlewareMode: true }, appType: "custom" });
    viteClose = () => devServer.close();
    middleware = devServer.middlewares;
    getBuild = () => devServer.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>;
  } else {
    const buildPath = resolve("build/server/index.js");
    const build = (await import(buildPath)) as ServerBuild;
    getBuild = async () => build;
    clientDir = "build/client";
  }

  const app = createApp({ services, logger, getBuild, clientDir, trustProxy: config.TRUST_PROXY });
  const listener = getRequestListener(app.fetch);
  const server: Server = createServer((req, res) => {
    if (middleware) middleware(req, res, () => listener(req, res));
    else void listener(req, res);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(config.PORT, config.HOST, () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  logger.info({ url, database: database.kind, ms: Math.round(performance.now() - started) }, "listening");

  return {
    url,
    port,
    services,
    stop: async () => {
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      await viteClose?.();
      await created.stop();
      await database.close();
    },
  };
}
