import { type AppLoadContext, redirect } from "react-router";
import type { Services } from "../../services.ts";
import { listMemberships, type Membership } from "../organisations/index.server.ts";
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

/**
 * A path on this site to continue to after logging in: only a page the router knows (`isPagePath`),
 * written without control characters, backslashes or a second slash that a browser would read as
 * another host (`/\t/evil.example` is `//evil.example` to a URL parser). Anything else falls back.
 */
export function safeNextPath(
  next: string | null | undefined,
  fallback: string,
  isPagePath: (pathname: string) => boolean,
): string {
  if (!next?.startsWith("/") || next.length > 2000) return fallback;
  // C0 and C1 control characters, DEL, backslashes and whitespace; "//" anywhere in the path part.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(next) || /^[^?#]*\/\//.test(next)) return fallback;
  const base = "http://next.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || !isPagePath(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Where a person lands after logging in when no `next` was given: the page their role uses most
 * (issue 12 point 12), in their first organisation (the one a new session is active in): buyers the
 * workspace, leadership the forward plan (until a dashboard exists), company members the company home,
 * everyone else (residents, advisors, platform administrators) the account page.
 */
export function landingPath(memberships: Pick<Membership, "role">[], lang: string): string {
  switch (memberships[0]?.role) {
    case "buyer-admin":
    case "buyer":
      return `/${lang}/workspace/plans`;
    case "leadership":
      return `/${lang}/plans`;
    case "company-admin":
    case "company-member":
      return `/${lang}/company`;
    default:
      return `/${lang}/account`;
  }
}

/** landingPath of a person who has just logged in (their memberships read from the database). */
export async function landingPathOf({
  services,
  userId,
  lang,
}: {
  services: Pick<Services, "database">;
  userId: string;
  lang: string;
}): Promise<string> {
  return landingPath(await listMemberships(services.database.db, userId), lang);
}
