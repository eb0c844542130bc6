import { matchRoutes, type RouteObject, type ServerBuild } from "react-router";
import { isLocale } from "../../app/i18n/locales.ts";

/** A page path matched against the app's routes: the parameters, and whether a real page (not the catch-all 404) answers it. */
export type PageMatch = { pattern: string; params: Record<string, string | undefined>; isPage: boolean };

/**
 * Matches paths against the routes of a React Router build (the same tree as app/routes.ts), so the
 * HTTP layer can refuse malformed path parameters and the log-in page can refuse unknown `next` paths.
 */
export function pageRouteMatcher(build: Pick<ServerBuild, "routes">): (pathname: string) => PageMatch | null {
  const tree = treeOf(build.routes, undefined);
  return (pathname) => {
    // A segment that is no valid percent-encoded UTF-8 (`%`, `%FF`) cannot be an id of any page.
    const segments = pathname.split("/");
    if (!segments.every(isDecodable)) {
      const lang = segments[1] && isDecodable(segments[1]) ? segments[1] : "_";
      return { pattern: ":lang/:undecodable", params: { lang, undecodable: "" }, isPage: false };
    }
    const matches = matchRoutes(tree, pathname);
    const last = matches?.[matches.length - 1];
    if (!matches || !last) return null;
    const pattern = matches
      .map((match) => match.route.path)
      .filter(Boolean)
      .join("/");
    return { pattern, params: last.params, isPage: last.route.path !== "*" };
  };
}

function treeOf(routes: ServerBuild["routes"], parentId: string | undefined): RouteObject[] {
  return Object.values(routes)
    .filter((route) => route !== undefined && route.parentId === parentId)
    .map((route) => {
      const children = treeOf(routes, route?.id);
      return route?.index
        ? { id: route.id, index: true, path: route.path }
        : { id: route?.id, path: route?.path, caseSensitive: route?.caseSensitive, children };
    });
}

function isDecodable(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Identifiers that better-auth generates (organisations, invitations) and file names. */
const token = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * Whether a path parameter has the form its kind of id has, so a NUL byte, a line break or a 5,000
 * character string never reaches the database. Every page id is a UUID except organisations' and
 * invitations' (better-auth's tokens; a company's page is its organisation's) and file names.
 */
export function isWellFormedParameter(pattern: string, name: string, value: string): boolean {
  // An unknown locale is a 404 too: the layout refuses it, but the page's own loader runs beside it.
  if (name === "lang") return isLocale(value);
  if (name === "*") return true;
  if (name === "undecodable") return false;
  const isTextId =
    name === "file" || (name === "id" && /^:lang\/(organisations|companies|invitations)\/:id/.test(pattern));
  return (isTextId ? token : uuid).test(value);
}

/** Whether every path parameter of a matched page has its kind's form. */
export function hasWellFormedParameters(page: PageMatch): boolean {
  return Object.entries(page.params).every(
    ([name, value]) => value === undefined || isWellFormedParameter(page.pattern, name, value),
  );
}
