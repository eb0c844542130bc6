import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { recordAudit } from "../audit/index.server.ts";
import { assertAllowed, canAdministerOrganisation } from "./policy.ts";
import { isOrganisationKind, isRoleAllowedForKind, type OrganisationRole } from "./roles.ts";
import { organisationsInvitation, organisationsMember, organisationsOrganisation } from "./tables.ts";

export const invitationValidDays = 7;

export type InviteResult =
  | { ok: true; invitationId: string }
  | { ok: false; error: "organisations.alreadyMember" | "organisations.roleNotForKind" };

/**
 * Invites a person by e-mail to the organisation with a role that fits its kind. A pending invitation
 * to the same address is replaced. The e-mail is written in the inviter's current language.
 */
export async function inviteMember({
  services,
  viewer,
  organisationId,
  email,
  role,
  locale,
  requestId,
}: {
  services: Services;
  viewer: Viewer | null;
  organisationId: string;
  email: string;
  role: OrganisationRole;
  locale: Locale;
  requestId?: string;
}): Promise<InviteResult> {
  assertAllowed(canAdministerOrganisation(viewer, organisationId));
  if (!viewer) throw new AppError("unauthenticated");
  const { db } = services.database;
  const [organisation] = await db
    .select()
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.id, organisationId));
  if (!organisation || !isOrganisationKind(organisation.kind)) throw new AppError("not_found");
  if (!isRoleAllowedForKind(role, organisation.kind))
    return { ok: false, error: "organisations.roleNotForKind" };
  const [existing] = await db
    .select({ id: organisationsMember.id })
    .from(organisationsMember)
    .innerJoin(accountsUser, eq(accountsUser.id, organisationsMember.userId))
    .where(and(eq(organisationsMember.organizationId, organisationId), eq(accountsUser.email, email)));
  if (existing) return { ok: false, error: "organisations.alreadyMember" };
  const invitationId = randomUUID();
  await db.transaction(async (tx) => {
    await tx
      .update(organisationsInvitation)
      .set({ status: "canceled" })
      .where(
        and(
          eq(organisationsInvitation.organizationId, organisationId),
          eq(organisationsInvitation.email, email),
          eq(organisationsInvitation.status, "pending"),
        ),
      );
    await tx.insert(organisationsInvitation).values({
      id: invitationId,
      organizationId: organisationId,
      email,
      role,
      status: "pending",
      expiresAt: new Date(Date.now() + invitationValidDays * 24 * 60 * 60 * 1000),
      inviterId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId,
      action: "organisations.invite",
      entityType: "invitation",
      entityId: invitationId,
      // The invitee's address stays in the invitation row, not in the append-only log (ADR 029).
      summary: { role },
      requestId,
    });
    // The e-mail is queued in the same transaction: no invitation without its e-mail, or the reverse.
    await services.sendAccountMail(
      {
        template: "invitation",
        to: email,
        locale,
        data: {
          organisationName: organisation.name,
          inviterName: viewer.name,
          role,
          url: `${services.publicUrl}/${locale}/invitations/${invitationId}`,
        },
      },
      tx,
    );
  });
  return { ok: true, invitationId };
}
