import { sql } from "drizzle-orm";
import type { Db } from "../../db/types.ts";

export type RateLimitRule = { limit: number; windowSeconds: number };

/** Attempts allowed per e-mail address or client address in a window. */
export const rateLimits = {
  /** Log-in attempts per client address and account (never per account alone: that locks the owner out). */
  logIn: { limit: 10, windowSeconds: 15 * 60 },
  // A whole municipality's staff may sit behind one address, so the per-address limit is higher.
  logInFromAddress: { limit: 100, windowSeconds: 15 * 60 },
  passwordReset: { limit: 5, windowSeconds: 60 * 60 },
  magicLink: { limit: 5, windowSeconds: 60 * 60 },
  signUp: { limit: 10, windowSeconds: 60 * 60 },
  /** Messages that e-mail other people (partner threads, presentation replies), per person. */
  messages: { limit: 30, windowSeconds: 60 * 60 },
  /** Writes through the API, per token: room for a whole organisation's sync, not for a runaway loop. */
  apiWrites: { limit: 1000, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

/**
 * Counts one attempt against `key` in a fixed window, atomically in the database (so every server
 * process shares the count), and says whether the attempt is allowed.
 */
export async function consumeRateLimit(
  db: Db,
  key: string,
  rule: RateLimitRule,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const result = await db.execute(sql`
    insert into accounts_rate_limit (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when accounts_rate_limit.window_start < now() - make_interval(secs => ${rule.windowSeconds})
        then 1 else accounts_rate_limit.count + 1 end,
      window_start = case when accounts_rate_limit.window_start < now() - make_interval(secs => ${rule.windowSeconds})
        then now() else accounts_rate_limit.window_start end
    returning count, window_start`);
  // node-postgres returns { rows }, PGlite too; both carry the returned row first.
  const row = (result as unknown as { rows: { count: number; window_start: string | Date }[] }).rows[0];
  const count = Number(row?.count ?? 1);
  const windowStart = new Date(row?.window_start ?? Date.now());
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + rule.windowSeconds * 1000 - Date.now()) / 1000),
  );
  return { allowed: count <= rule.limit, retryAfterSeconds };
}
