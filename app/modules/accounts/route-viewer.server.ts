import { type AppLoadContext, redirect } from "react-router";
import { getViewer, type Viewer } from "./viewer.server.ts";

const cache = new WeakMap<AppLoadContext, Promise<Viewer | null>>();

/** The signed-in person for this request (looked up once per request, shared by all its loaders). */
export function loadViewer(context: AppLoadContext, request: Request): Promise<Viewer | null> {
  let viewer = cache.get(context);
  if (!viewer) {
    viewer = getViewer({
      auth: context.services.auth,
      db: context.services.database.db,
      headers: request.headers,
    });
    cache.set(context, viewer);
  }
  return viewer;
}

/** The signed-in person, or a redirect to the log-in page that comes back here afterwards. */
export async function requireViewer(
  context: AppLoadContext,
  request: Request,
  lang: string,
): Promise<Viewer> {
  const viewer = await loadViewer(context, request);
  if (!viewer) {
    const url = new URL(request.url);
    throw redirect(`/${lang}/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return viewer;
}

/** A same-site path to continue to after logging in; anything else (other hosts, //evil) falls back. */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
