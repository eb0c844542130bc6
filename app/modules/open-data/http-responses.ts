import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { wellFormedText } from "../../lib/clean-text.ts";

// The API's answers: RFC 9457 problem details for errors, JSON with ETag and Last-Modified (and 304 for
// a matching conditional request) for everything else.

/** The API app's context variables: the request id that the server's middleware sets (audit entries carry it). */
export type ApiEnv = { Variables: { requestId?: string } };

export type ProblemType =
  | "invalid-parameters"
  | "not-found"
  | "unauthorized"
  | "token-expired"
  | "token-owner-without-role"
  | "forbidden"
  | "invalid-body"
  | "archived"
  | "transition-not-allowed"
  | "precondition-failed"
  | "notice-incomplete"
  | "rate-limited";

/** An RFC 9457 problem: `type` is a URI under the API's documentation, `errors` names bad fields. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  {
    type,
    title,
    detail,
    errors,
  }: { type: ProblemType; title: string; detail?: string; errors?: { name: string; reason: string }[] },
) {
  const body = {
    type: `${new URL(c.req.url).origin}/en/api#problem-${type}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    instance: new URL(c.req.url).pathname,
    ...(errors ? { errors } : {}),
  };
  return c.body(JSON.stringify(body), status, { "Content-Type": "application/problem+json; charset=utf-8" });
}

/** A 400 problem listing every bad query parameter of a failed Zod parse. */
export function invalidParameters(c: Context, error: z.ZodError) {
  return problem(c, 400, {
    type: "invalid-parameters",
    title: "Invalid query parameters",
    errors: error.issues.map((issue) => ({
      name: issue.path.map(String).join(".") || String((issue as { keys?: string[] }).keys?.join(",") ?? ""),
      reason: issue.message,
    })),
  });
}

export function notFound(c: Context) {
  return problem(c, 404, { type: "not-found", title: "Not found" });
}

function httpDate(date: Date): string {
  return date.toUTCString();
}

/** A strong ETag of a response body. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether an If-None-Match or If-Match header names the ETag (or is `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

/**
 * JSON with a strong ETag (a hash of the body) and Last-Modified; answers 304 Not Modified when
 * If-None-Match matches, or, without If-None-Match, when If-Modified-Since is not older than the data.
 * `lastModified: null` sends no Last-Modified and answers by the ETag alone, for lists where an older
 * item can appear later (the OCDS release feed, ADR 026).
 */
export function conditionalJson(
  c: Context,
  value: unknown,
  {
    lastModified,
    contentType = "application/json; charset=utf-8",
  }: { lastModified: Date | null; contentType?: string },
) {
  return conditionalBody(c, jsonText(value), { lastModified, contentType });
}

/**
 * JSON of public data whose every string is well-formed text: no lone surrogate (which JSON.stringify
 * would write as an escape that no UTF-8 consumer can decode) nor other characters the edge refuses,
 * from rows stored before the check (ADR 027).
 * @example jsonText({ title: "Koulu\uD800" }) // '{"title":"Koulu"}'
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, item) => (typeof item === "string" ? wellFormedText(item) : item));
}

/** Any body (feeds, CSV, XLSX) with the same ETag, Last-Modified and 304 handling. */
export function conditionalBody(
  c: Context,
  body: string | Uint8Array,
  {
    lastModified,
    contentType,
    headers: extra = {},
    etagSource = body,
  }: {
    lastModified: Date | null;
    contentType: string;
    headers?: Record<string, string>;
    /** What the ETag hashes when the body itself is not byte-stable (XLSX carries zip timestamps). */
    etagSource?: string | Uint8Array;
  },
) {
  const etag = etagOf(etagSource);
  const seconds = lastModified ? Math.floor(lastModified.getTime() / 1000) * 1000 : null;
  const headers = {
    ETag: etag,
    ...(seconds === null ? {} : { "Last-Modified": httpDate(new Date(seconds)) }),
    "Cache-Control": "public, max-age=60",
    ...extra,
  };
  const ifNoneMatch = c.req.header("if-none-match");
  const ifModifiedSince = c.req.header("if-modified-since");
  const notModified = ifNoneMatch
    ? matchesEtag(ifNoneMatch, etag)
    : ifModifiedSince !== undefined && seconds !== null && Date.parse(ifModifiedSince) >= seconds;
  if (notModified) return c.body(null, 304, headers);
  const bytes = typeof body === "string" ? body : (body as Uint8Array<ArrayBuffer>);
  return c.body(bytes, 200, { ...headers, "Content-Type": contentType });
}
