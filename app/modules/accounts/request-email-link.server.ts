import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import { consumeRateLimit, rateLimits } from "./rate-limit.server.ts";

/**
 * Sends a one-time log-in link. The answer is the same whether or not the address has an account.
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
  await services.auth.api.signInMagicLink({
    body: { email, callbackURL: `/${locale}/account`, errorCallbackURL: `/${locale}/login?link=expired` },
    headers: new Headers(),
  });
}

/** Sends a password-reset link. The answer is the same whether or not the address has an account. */
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
  await services.auth.api.requestPasswordReset({
    body: { email, redirectTo: `${services.publicUrl}/${locale}/reset-password` },
  });
}

async function limit(services: Services, keys: string[], rule: { limit: number; windowSeconds: number }) {
  for (const key of keys) {
    const result = await consumeRateLimit(services.database.db, key, rule);
    if (!result.allowed) throw new AppError("rate_limited", String(result.retryAfterSeconds));
  }
}
