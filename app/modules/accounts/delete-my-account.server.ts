import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Services } from "../../services.ts";
import { recordAudit } from "../audit/record-audit.server.ts";
import { adminRoles } from "../organisations/roles.ts";
import { organisationsMember, organisationsOrganisation } from "../organisations/tables.ts";
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
 * Refused while the person is the last administrator of an organisation, which would otherwise be left
 * without anyone who can manage it (they can close the organisation first).
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
  const administered = viewer.memberships.filter((m) => adminRoles.has(m.role)).map((m) => m.organisationId);
  if (administered.length > 0) {
    const otherAdmins = await db
      .select({ organisationId: organisationsMember.organizationId, count: sql<number>`count(*)::int` })
      .from(organisationsMember)
      .where(
        and(
          inArray(organisationsMember.organizationId, administered),
          ne(organisationsMember.userId, viewer.userId),
          inArray(organisationsMember.role, [...adminRoles]),
        ),
      )
      .groupBy(organisationsMember.organizationId);
    const covered = new Set(
      otherAdmins.filter((row) => Number(row.count) > 0).map((row) => row.organisationId),
    );
    const orphaned = administered.filter((id) => !covered.has(id));
    if (orphaned.length > 0) {
      const names = await db
        .select({ name: organisationsOrganisation.name })
        .from(organisationsOrganisation)
        .where(inArray(organisationsOrganisation.id, orphaned));
      return { ok: false, error: "account.deleteLastAdmin", organisations: names.map((n) => n.name) };
    }
  }
  await db.transaction(async (tx) => {
    const subject = { userId: viewer.userId, email: viewer.email, name: viewer.name };
    for (const part of personalDataParts()) await part.eraseFor(tx, subject);
    await tx.delete(accountsUser).where(eq(accountsUser.id, viewer.userId));
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "accounts.delete",
      entityType: "user",
      entityId: viewer.userId,
      summary: { memberships: viewer.memberships.length },
      requestId,
    });
  });
  return { ok: true };
}
