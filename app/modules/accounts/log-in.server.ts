import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import { recordAudit } from "../audit/index.server.ts";
import { authErrorOf, cookieHeaders } from "./auth-headers.ts";
import { consumeRateLimit, rateLimits } from "./rate-limit.server.ts";
import { accountsUser } from "./tables.ts";

export type LogInResult =
  | { ok: true; headers: Headers; userId: string }
  | { ok: false; error: "auth.invalidCredentials" | "auth.emailNotVerified" };

/** Checks e-mail and password; on success returns the session cookie headers. Rate-limited per client address, and per client address and account. */
export async function logIn({
  services,
  email,
  password,
  clientIp,
  requestHeaders,
  requestId,
}: {
  services: Services;
  email: string;
  password: string;
  clientIp: string;
  requestHeaders: Headers;
  requestId?: string;
}): Promise<LogInResult> {
  const { db } = services.database;
  // The limits slow the guessing client, never the account's owner: a count per client address and
  // account, and a higher one per client address. (One per account alone let anyone lock it.)
  const limits = [
    [`log-in:${clientIp}:${email}`, rateLimits.logIn],
    [`log-in-ip:${clientIp}`, rateLimits.logInFromAddress],
  ] as const;
  for (const [key, rule] of limits) {
    const limit = await consumeRateLimit(db, key, rule);
    if (!limit.allowed) throw new AppError("rate_limited", String(limit.retryAfterSeconds));
  }
  try {
    const { headers } = await services.auth.api.signInEmail({
      body: { email, password },
      headers: requestHeaders,
      returnHeaders: true,
    });
    const [user] = await db
      .select({ id: accountsUser.id })
      .from(accountsUser)
      .where(eq(accountsUser.email, email));
    const userId = user?.id ?? "";
    await recordAudit(db, {
      actorId: userId,
      action: "accounts.log-in",
      entityType: "user",
      entityId: userId,
      requestId,
    });
    return { ok: true, headers: cookieHeaders(headers), userId };
  } catch (error) {
    const authError = authErrorOf(error);
    if (authError?.status === 403) return { ok: false, error: "auth.emailNotVerified" };
    if (authError && (authError.status === 401 || authError.status === 400)) {
      return { ok: false, error: "auth.invalidCredentials" };
    }
    throw error;
  }
}

/** Ends the session behind the request; returns the headers that clear the cookie. */
export async function logOut({ services, requestHeaders }: { services: Services; requestHeaders: Headers }) {
  try {
    const { headers } = await services.auth.api.signOut({ headers: requestHeaders, returnHeaders: true });
    return cookieHeaders(headers);
  } catch {
    return new Headers();
  }
}
