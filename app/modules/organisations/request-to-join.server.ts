import { and, eq, gt, inArray } from "drizzle-orm";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { recordAudit } from "../audit/index.server.ts";
import { auditLog } from "../audit/shared-tables.ts";
import { queueMail } from "../mail/index.server.ts";
import { membershipIn } from "./policy.ts";
import { adminRoles } from "./roles.ts";
import { organisationsMember, organisationsOrganisation } from "./tables.ts";

const subject: Record<Locale, (name: string, organisation: string) => string> = {
  fi: (name, organisation) => `${name} pyytää liittymistä organisaatioon ${organisation}`,
  sv: (name, organisation) => `${name} ber att få gå med i ${organisation}`,
  en: (name, organisation) => `${name} asks to join ${organisation}`,
};
const message: Record<Locale, (name: string, email: string, organisation: string) => string> = {
  fi: (name, email, organisation) =>
    `${name} (${email}) yritti rekisteröidä organisaation ${organisation} Hankintasiltaan samalla Y-tunnuksella ja pyytää liittymistä sen jäseneksi.\n\nJos hän työskentelee organisaatiossanne, kutsu hänet organisaation sivulla. Muuten voit jättää viestin huomiotta.`,
  sv: (name, email, organisation) =>
    `${name} (${email}) försökte registrera ${organisation} i Hankintasilta med samma FO-nummer och ber att få bli medlem.\n\nOm personen arbetar i er organisation, bjud in hen på organisationens sida. Annars kan du lämna meddelandet utan åtgärd.`,
  en: (name, email, organisation) =>
    `${name} (${email}) tried to register ${organisation} on Hankintasilta with the same business ID and asks to become a member.\n\nIf they work in your organisation, invite them on the organisation's page. Otherwise you can ignore this message.`,
};

/**
 * Someone whose sign-up met an already registered Y-tunnus asks to join that organisation: its
 * administrators get an e-mail (each in their own language) naming who asks, and invite them if they
 * know them. At most one request a day per person and organisation; the person learns no addresses.
 */
export async function requestToJoin({
  services,
  viewer,
  organisationId,
  requestId,
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  organisationId: string;
  requestId?: string;
}): Promise<{ ok: true; organisationName: string }> {
  if (!viewer) throw new AppError("unauthenticated");
  const { db } = services.database;
  const [organisation] = await db
    .select({ name: organisationsOrganisation.name, kind: organisationsOrganisation.kind })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.id, organisationId));
  if (!organisation) throw new AppError("not_found");
  if (membershipIn(viewer, organisationId)) return { ok: true, organisationName: organisation.name };
  await db.transaction(async (tx) => {
    // "Already asked today" is decided under a lock on the organisation's row (ADR 022): twenty requests
    // at once e-mail its administrators once.
    await tx
      .select({ id: organisationsOrganisation.id })
      .from(organisationsOrganisation)
      .where(eq(organisationsOrganisation.id, organisationId))
      .for("no key update");
    const [recent] = await tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, "organisations.join-request"),
          eq(auditLog.actorId, viewer.userId),
          eq(auditLog.entityId, organisationId),
          gt(auditLog.occurredAt, new Date(Date.now() - 24 * 60 * 60 * 1000)),
        ),
      );
    if (recent) return;
    const admins = await tx
      .select({ email: accountsUser.email, locale: accountsUser.locale })
      .from(organisationsMember)
      .innerJoin(accountsUser, eq(accountsUser.id, organisationsMember.userId))
      .where(
        and(
          eq(organisationsMember.organizationId, organisationId),
          inArray(organisationsMember.role, [...adminRoles]),
        ),
      );
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId,
      action: "organisations.join-request",
      entityType: "organisation",
      entityId: organisationId,
      summary: { administrators: admins.length },
      requestId,
    });
    for (const admin of admins) {
      const locale: Locale = isLocale(admin.locale) ? admin.locale : "fi";
      await queueMail({
        db: tx,
        jobs: services.jobs,
        settings: services.mailSettings,
        to: admin.email,
        locale,
        template: "notification",
        data: {
          topic: "join-requests",
          subject: subject[locale](viewer.name, organisation.name),
          message: message[locale](viewer.name, viewer.email, organisation.name),
          actionUrl: `${services.publicUrl}/${locale}/organisations/${organisationId}`,
        },
      });
    }
  });
  return { ok: true, organisationName: organisation.name };
}
