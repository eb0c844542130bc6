import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { auditLog } from "../audit/shared-tables.ts";
import { organisationNameIn } from "./organisation-name.ts";
import { assertAllowed, canAdministerOrganisation, canViewMembers } from "./policy.ts";
import { organisationsInvitation, organisationsMember, organisationsOrganisation } from "./tables.ts";

/**
 * The public facts of an organisation: anyone may read them. `name` is in the reader's language where
 * known (fi when no locale is given), `registeredName` as registered.
 */
export async function getOrganisation({
  services,
  organisationId,
  locale = "fi",
}: {
  services: Services;
  organisationId: string;
  locale?: Locale;
}) {
  const [row] = await services.database.db
    .select({
      id: organisationsOrganisation.id,
      name: organisationNameIn(locale),
      registeredName: organisationsOrganisation.name,
      kind: organisationsOrganisation.kind,
      municipalityCode: organisationsOrganisation.municipalityCode,
      yTunnus: organisationsOrganisation.yTunnus,
    })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.id, organisationId));
  if (!row) throw new AppError("not_found");
  return row;
}

/** Public list of organisations, alphabetical in the reader's language, a page at a time. */
export async function listOrganisations({
  services,
  page,
  pageSize = 50,
  locale = "fi",
}: {
  services: Services;
  page: number;
  pageSize?: number;
  locale?: Locale;
}) {
  const { db } = services.database;
  const name = organisationNameIn(locale);
  const rows = await db
    .select({ id: organisationsOrganisation.id, name, kind: organisationsOrganisation.kind })
    .from(organisationsOrganisation)
    .orderBy(asc(name), asc(organisationsOrganisation.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ value: count() }).from(organisationsOrganisation);
  return { rows, total: Number(total?.value ?? 0), page, pageSize };
}

/** Members and pending invitations; members of the organisation and platform administrators only. */
export async function listMembers({
  services,
  viewer,
  organisationId,
}: {
  services: Services;
  viewer: Viewer | null;
  organisationId: string;
}) {
  assertAllowed(canViewMembers(viewer, organisationId));
  const { db } = services.database;
  const members = await db
    .select({
      userId: accountsUser.id,
      name: accountsUser.name,
      email: accountsUser.email,
      role: organisationsMember.role,
    })
    .from(organisationsMember)
    .innerJoin(accountsUser, eq(accountsUser.id, organisationsMember.userId))
    .where(eq(organisationsMember.organizationId, organisationId))
    .orderBy(asc(accountsUser.name));
  const invitations = canAdministerOrganisation(viewer, organisationId)
    ? await db
        .select({
          id: organisationsInvitation.id,
          email: organisationsInvitation.email,
          role: organisationsInvitation.role,
          expiresAt: organisationsInvitation.expiresAt,
        })
        .from(organisationsInvitation)
        .where(
          and(
            eq(organisationsInvitation.organizationId, organisationId),
            eq(organisationsInvitation.status, "pending"),
          ),
        )
        .orderBy(desc(organisationsInvitation.createdAt))
    : [];
  return { members, invitations };
}

/** The organisation's audit log, newest first; its administrators and platform administrators only. */
export async function listOrganisationAuditLog({
  services,
  viewer,
  organisationId,
  page,
  pageSize = 50,
}: {
  services: Services;
  viewer: Viewer | null;
  organisationId: string;
  page: number;
  pageSize?: number;
}) {
  assertAllowed(canAdministerOrganisation(viewer, organisationId));
  const { db } = services.database;
  const rows = await db
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      action: auditLog.action,
      entityType: auditLog.entityType,
      summary: auditLog.summary,
      actorName: accountsUser.name,
    })
    .from(auditLog)
    .leftJoin(accountsUser, eq(accountsUser.id, auditLog.actorId))
    .where(eq(auditLog.organisationId, organisationId))
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db
    .select({ value: count() })
    .from(auditLog)
    .where(eq(auditLog.organisationId, organisationId));
  return { rows, total: Number(total?.value ?? 0), page, pageSize };
}
