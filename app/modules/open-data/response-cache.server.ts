import type { MiddlewareHandler } from "hono";
import type { DbOrTx } from "../../db/types.ts";
import { createGenerationCache, helsinkiToday, publicCachesEnabled } from "../plans/index.server.ts";
import { matchesEtag } from "./http-responses.ts";

type CachedResponse = { body: ArrayBuffer; headers: [string, string][] };

/** Headers that belong to one request or one client, never replayed to another. */
const perRequestHeaders = new Set(["x-request-id", "set-cookie", "date"]);

/** Answers larger than this are not kept (attachments, large exports). */
const maxCachedBytes = 2 * 1024 * 1024;

/**
 * Keeps the public API's successful GET answers in memory until public plan data next changes (the
 * plans_public_generation number, ADR 019), so a repeated search, page or feed is answered without
 * running its queries again. The key is the whole path and query with today's date in Helsinki
 * ("dialogue open now" depends on it); GET answers do not depend on who asks (no cookies, no tokens).
 * Conditional requests are answered from the kept ETag and Last-Modified as the handlers would.
 */
export function publicResponseCache(
  db: DbOrTx,
  {
    maxBytes = 64 * 1024 * 1024,
    skip = () => false,
  }: { maxBytes?: number /** Paths whose answers are never kept. */; skip?: (path: string) => boolean } = {},
): MiddlewareHandler {
  const responses = createGenerationCache<CachedResponse>({
    maxBytes,
    size: (value) => value.body.byteLength + 64 * value.headers.length,
  });
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (c.req.method !== "GET" || !publicCachesEnabled() || skip(url.pathname)) return next();
    const key = await responses.keyAt(db, `${helsinkiToday()} ${url.pathname}${url.search}`);
    const hit = responses.get(key);
    if (hit) return replay(c.req.header("if-none-match"), c.req.header("if-modified-since"), hit);
    await next();
    const length = Number(c.res.headers.get("content-length") ?? 0);
    if (c.res.status !== 200 || length > maxCachedBytes || !c.res.headers.get("etag")) return;
    const body = await c.res.clone().arrayBuffer();
    const headers = [...c.res.headers].filter(([name]) => !perRequestHeaders.has(name.toLowerCase()));
    if (body.byteLength <= maxCachedBytes) responses.set(key, { body, headers });
  };
}

function replay(
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  cached: CachedResponse,
) {
  const headers = new Headers(cached.headers);
  const etag = headers.get("etag") ?? "";
  const lastModified = Date.parse(headers.get("last-modified") ?? "");
  const notModified = ifNoneMatch
    ? matchesEtag(ifNoneMatch, etag)
    : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= lastModified;
  if (notModified) {
    for (const name of ["content-type", "content-length", "content-disposition"]) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  return new Response(cached.body, { status: 200, headers });
}
