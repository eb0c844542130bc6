import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Tx } from "../../db/types.ts";
import type { Services } from "../../services.ts";
import { recordAudit } from "../audit/index.server.ts";
import { organisationsMember, organisationsOrganisation } from "../organisations/index.server.ts";
import { adminRoles } from "../organisations/index.ts";
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
 * without anyone who can manage it (they can close the organisation first);
 * counted with the organisations' rows locked, so administrators leaving at once cannot all go (ADR 022).
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
    // Decided under a lock on every organisation the person administers (ADR 022), taken in id order so
    // that two administrators leaving at once wait for each other instead of both seeing the other stay.
    const administered = await tx
      .select({ organisationId: organisationsMember.organizationId })
      .from(organisationsMember)
      .where(
        and(
          eq(organisationsMember.userId, viewer.userId),
          inArray(organisationsMember.role, [...adminRoles]),
        ),
      );
    const orphaned = await organisationsLeftWithoutAdmin(
      tx,
      viewer.userId,
      administered.map((row) => row.organisationId),
    );
    if (orphaned.length > 0) return { ok: false, error: "account.deleteLastAdmin", organisations: orphaned };
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
    return { ok: true };
  });
}

/** Locks the organisations' rows and names those where nobody but `userId` is an administrator. */
async function organisationsLeftWithoutAdmin(tx: Tx, userId: string, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  const locked = await tx
    .select({ id: organisationsOrganisation.id, name: organisationsOrganisation.name })
    .from(organisationsOrganisation)
    .where(inArray(organisationsOrganisation.id, organisationIds))
    .orderBy(asc(organisationsOrganisation.id))
    .for("no key update");
  const otherAdmins = await tx
    .select({ organisationId: organisationsMember.organizationId, count: sql<number>`count(*)::int` })
    .from(organisationsMember)
    .where(
      and(
        inArray(organisationsMember.organizationId, organisationIds),
        ne(organisationsMember.userId, userId),
        inArray(organisationsMember.role, [...adminRoles]),
      ),
    )
    .groupBy(organisationsMember.organizationId);
  const covered = new Set(
    otherAdmins.filter((row) => Number(row.count) > 0).map((row) => row.organisationId),
  );
  return locked.filter((row) => !covered.has(row.id)).map((row) => row.name);
}
