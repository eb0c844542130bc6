import { resolve } from "node:path";
import type { ServerBuild } from "react-router";
import { type FormIntents, parseIntent } from "../../../app/lib/form-intent.ts";
import type { Check, Ids } from "./types.ts";

// What the matrix must cover, read from what the server really serves: every page route's GET, every
// form its action takes (one per intent in the route's `handle.intents`), and every operation in the
// OpenAPI document of /api/v1.

/** "GET :lang/plans/:id", "POST :lang/workspace/plans/:id/edit save", "PATCH /api/v1/plans/{id}". */
export type ActionKey = string;

/** Endpoints outside the router and the OpenAPI document that the matrix also checks. */
export const otherEndpoints = ["GET /health", "POST /api/auth/*"];

type BuildRoute = NonNullable<ServerBuild["routes"][string]>;

function routePattern(routes: ServerBuild["routes"], route: BuildRoute): string {
  const parts: string[] = [];
  for (let current: BuildRoute | undefined = route; current; ) {
    if (current.path) parts.unshift(current.path);
    current = current.parentId ? routes[current.parentId] : undefined;
  }
  return parts.join("/") || "/";
}

function intentsOf(module: BuildRoute["module"]): FormIntents | null {
  const handle = module.handle as { intents?: FormIntents } | undefined;
  return handle?.intents ?? null;
}

/** The built server's routes (`react-router build` ran in the system tests' global set-up). */
export async function loadServerRoutes(): Promise<ServerBuild["routes"]> {
  const build = (await import(resolve("build/server/index.js"))) as ServerBuild;
  return build.routes;
}

/** Every GET of a page or resource route and every (POST, intent) of its action. */
export function routerActions(routes: ServerBuild["routes"]): ActionKey[] {
  const parents = new Set(Object.values(routes).map((route) => route?.parentId));
  const keys: ActionKey[] = [];
  for (const route of Object.values(routes)) {
    if (!route) continue;
    const pattern = routePattern(routes, route);
    const { module } = route;
    // A layout answers through its index route; its loader runs with every child's.
    if (!parents.has(route.id) && (module.loader || module.default)) keys.push(`GET ${pattern}`);
    if (module.action) {
      const intents = intentsOf(module);
      if (!intents) keys.push(`POST ${pattern}`);
      else for (const name of intents.names) keys.push(`POST ${pattern} ${name}`);
    }
  }
  return keys;
}

/** Every operation of the served OpenAPI document, as "METHOD /api/v1/path". */
export function openApiActions(document: { paths: Record<string, Record<string, unknown>> }): ActionKey[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} /api/v1${path}`),
  );
}

/** The (route, method, intent) a matrix row tries: the intent is what its form posts, as the action reads it. */
export function rowAction(check: Check, routes: ServerBuild["routes"], ids: Ids): ActionKey {
  const { method, form } = check.request(ids);
  if (method !== "POST") return `${method} ${check.route}`;
  const route = Object.values(routes).find(
    (candidate) => candidate && routePattern(routes, candidate) === check.route,
  );
  const intents = route ? intentsOf(route.module) : null;
  if (!intents) return `POST ${check.route}`;
  const intent = parseIntent(form?.intent, intents);
  return `POST ${check.route} ${intent ? intent.name : `(unknown intent ${form?.intent})`}`;
}
