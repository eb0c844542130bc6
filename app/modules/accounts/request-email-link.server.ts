import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import { emailLinkJob } from "./account-jobs.server.ts";
import { consumeRateLimit, rateLimits } from "./rate-limit.server.ts";

/**
 * Sends a one-time log-in link (by a job). The answer, and the work before it, are the same whether or
 * not the address has an account.
 */
export async function requestMagicLink({
  services,
  email,
  locale,
  clientIp,
}: {
  services: Services;
  email: string;
  locale: Locale;
  clientIp: string;
}): Promise<void> {
  await limit(services, [`magic-link:${email}`, `magic-link-ip:${clientIp}`], rateLimits.magicLink);
  await services.jobs.send(emailLinkJob, { kind: "magic-link", email, locale });
}

/** Sends a password-reset link (by a job); the same answer after the same work for every address. */
export async function requestPasswordReset({
  services,
  email,
  locale,
  clientIp,
}: {
  services: Services;
  email: string;
  locale: Locale;
  clientIp: string;
}): Promise<void> {
  await limit(services, [`reset:${email}`, `reset-ip:${clientIp}`], rateLimits.passwordReset);
  await services.jobs.send(emailLinkJob, { kind: "password-reset", email, locale });
}

async function limit(services: Services, keys: string[], rule: { limit: number; windowSeconds: number }) {
  for (const key of keys) {
    const result = await consumeRateLimit(services.database.db, key, rule);
    if (!result.allowed) throw new AppError("rate_limited", String(result.retryAfterSeconds));
  }
}
