import { eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import { recordAudit } from "../audit/index.server.ts";
import { authErrorOf } from "./auth-headers.ts";
import { isPasswordStrongEnough } from "./password.server.ts";
import { accountsVerification } from "./tables.ts";

export type ResetPasswordResult =
  | { ok: true }
  | { ok: false; error: "validation.passwordWeak" | "auth.resetLinkInvalid" };

/** Sets a new password with the token from the reset e-mail; every other session of the person ends. */
export async function resetPassword({
  services,
  token,
  password,
  requestId,
}: {
  services: Services;
  token: string;
  password: string;
  requestId?: string;
}): Promise<ResetPasswordResult> {
  if (!isPasswordStrongEnough(password)) return { ok: false, error: "validation.passwordWeak" };
  const { db } = services.database;
  const [verification] = await db
    .select({ value: accountsVerification.value })
    .from(accountsVerification)
    .where(eq(accountsVerification.identifier, `reset-password:${token}`));
  try {
    await services.auth.api.resetPassword({ body: { newPassword: password, token } });
  } catch (error) {
    if (authErrorOf(error)?.status === 400) return { ok: false, error: "auth.resetLinkInvalid" };
    throw error;
  }
  const userId = verification?.value ?? null;
  await recordAudit(db, {
    actorId: userId,
    action: "accounts.reset-password",
    entityType: "user",
    entityId: userId,
    requestId,
  });
  return { ok: true };
}
