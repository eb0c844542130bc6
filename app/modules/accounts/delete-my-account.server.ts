import { and, eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import { recordAudit } from "../audit/index.server.ts";
import { verifyPassword } from "./password.server.ts";
import { personalDataParts } from "./personal-data-registry.ts";
import { accountsAccount, accountsUser } from "./tables.ts";
import type { Viewer } from "./viewer.server.ts";

export type DeleteAccountResult =
  | { ok: true }
  | { ok: false; error: "account.deleteWrongEmail" | "account.deleteWrongPassword" }
  | { ok: false; error: "account.deleteLastAdmin"; organisations: string[] };

/**
 * Erases the account (GDPR art. 17): every module registered in the personal-data registry removes or
 * anonymises its copies of the person's name, e-mail address and phone number (company contacts,
 * invitations, e-mails, message authors, tokens, rate-limit counters…), then the account row goes with
 * its sessions, log-in methods and memberships. The audit log keeps only the pseudonymous id (ADR 029).
 * Refused while a registered part names something the erasure would leave unmanaged: the organisations
 * where the person is the last administrator (they can close the organisation first), counted by the
 * organisations module with their rows locked, so administrators leaving at once cannot all go (ADR 022).
 */
export async function deleteMyAccount({
  services,
  viewer,
  confirmEmail,
  password,
  requestId,
}: {
  services: Services;
  viewer: Viewer;
  confirmEmail: string;
  password: string;
  requestId?: string;
}): Promise<DeleteAccountResult> {
  const { db } = services.database;
  if (confirmEmail !== viewer.email) return { ok: false, error: "account.deleteWrongEmail" };
  const [credential] = await db
    .select({ password: accountsAccount.password })
    .from(accountsAccount)
    .where(and(eq(accountsAccount.userId, viewer.userId), eq(accountsAccount.providerId, "credential")));
  if (!credential?.password || !(await verifyPassword({ hash: credential.password, password }))) {
    return { ok: false, error: "account.deleteWrongPassword" };
  }
  return db.transaction(async (tx): Promise<DeleteAccountResult> => {
    const subject = { userId: viewer.userId, email: viewer.email, name: viewer.name };
    const parts = personalDataParts();
    const unmanaged: string[] = [];
    for (const part of parts) unmanaged.push(...((await part.refuseErasure?.(tx, subject)) ?? []));
    if (unmanaged.length > 0)
      return { ok: false, error: "account.deleteLastAdmin", organisations: unmanaged };
    for (const part of parts) await part.eraseFor(tx, subject);
    await tx.delete(accountsUser).where(eq(accountsUser.id, viewer.userId));
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "accounts.delete",
      entityType: "user",
      entityId: viewer.userId,
      summary: { memberships: viewer.memberships.length },
      requestId,
    });
    return { ok: true };
  });
}
