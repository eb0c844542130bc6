/** Copies every Set-Cookie header from a better-auth response into headers for our own redirect. */
export function cookieHeaders(from: Headers | undefined | null): Headers {
  const headers = new Headers();
  for (const cookie of from?.getSetCookie() ?? []) headers.append("Set-Cookie", cookie);
  return headers;
}

/** better-auth throws APIError with a status and a code; this reads them without importing its class. */
export function authErrorOf(error: unknown): { status: number; code: string } | null {
  if (typeof error !== "object" || error === null) return null;
  const candidate = error as { statusCode?: unknown; status?: unknown; body?: { code?: unknown } };
  const status = typeof candidate.statusCode === "number" ? candidate.statusCode : null;
  if (status === null) return null;
  return {
    status,
    code: typeof candidate.body?.code === "string" ? candidate.body.code : String(candidate.status ?? ""),
  };
}
