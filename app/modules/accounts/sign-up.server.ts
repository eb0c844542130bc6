import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import { signUpJob } from "./account-jobs.server.ts";
import { hashPassword, isPasswordStrongEnough } from "./password.server.ts";
import { consumeRateLimit, rateLimits } from "./rate-limit.server.ts";
import type { SignUpInput } from "./schemas.ts";

export type SignUpResult = { ok: true } | { ok: false; field: "password"; error: "validation.passwordWeak" };

/**
 * Accepts a sign-up: the account is created (unverified) and the verification e-mail sent by a job.
 * An address that already has an account gets the same answer after the same work (the password is
 * hashed and a job queued either way), so neither the answer nor its timing shows who is registered.
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
  await services.jobs.send(signUpJob, {
    name: input.name,
    email: input.email.toLowerCase(),
    locale: input.locale,
    passwordHash: await hashPassword(input.password),
    requestId,
  });
  return { ok: true };
}
