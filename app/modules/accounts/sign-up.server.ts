import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import { recordAudit } from "../audit/record-audit.server.ts";
import { authErrorOf } from "./auth-headers.ts";
import { isPasswordStrongEnough } from "./password.server.ts";
import { consumeRateLimit, rateLimits } from "./rate-limit.server.ts";
import type { SignUpInput } from "./schemas.ts";
import { accountsUser } from "./tables.ts";

export type SignUpResult = { ok: true } | { ok: false; field: "password"; error: "validation.passwordWeak" };

/**
 * Creates an unverified account and sends the verification e-mail. An address that already has an
 * account gets the same answer, so the form does not reveal who is registered.
 */
export async function signUp({
  services,
  input,
  clientIp,
  requestId,
}: {
  services: Services;
  input: SignUpInput;
  clientIp: string;
  requestId?: string;
}): Promise<SignUpResult> {
  const { db } = services.database;
  const limit = await consumeRateLimit(db, `sign-up:${clientIp}`, rateLimits.signUp);
  if (!limit.allowed) throw new AppError("rate_limited", String(limit.retryAfterSeconds));
  if (!isPasswordStrongEnough(input.password, [input.email, input.name])) {
    return { ok: false, field: "password", error: "validation.passwordWeak" };
  }
  try {
    await services.auth.api.signUpEmail({
      body: {
        name: input.name,
        email: input.email,
        password: input.password,
        locale: input.locale,
        callbackURL: `/${input.locale}/account?verified=1`,
      },
    });
  } catch (error) {
    const authError = authErrorOf(error);
    if (authError && authError.status === 422) return { ok: true };
    throw error;
  }
  const [user] = await db
    .select({ id: accountsUser.id })
    .from(accountsUser)
    .where(eq(accountsUser.email, input.email));
  if (user) {
    await recordAudit(db, {
      actorId: user.id,
      action: "accounts.sign-up",
      entityType: "user",
      entityId: user.id,
      summary: { locale: input.locale },
      requestId,
    });
  }
  return { ok: true };
}
