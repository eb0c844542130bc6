import type { Database } from "./db/open-database.server.ts";

/**
 * What the HTTP server hands every loader and action through the load context. Routes reach the
 * database only through module commands and queries that take these.
 */
export type Services = {
  database: Database;
  publicUrl: string;
  isProduction: boolean;
};

declare module "react-router" {
  interface AppLoadContext {
    services: Services;
    requestId: string;
    cspNonce: string;
  }
}
