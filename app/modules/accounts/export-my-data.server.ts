import { desc, eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import { recordAudit } from "../audit/record-audit.server.ts";
import { auditLog } from "../audit/tables.ts";
import { interestDataOfPerson } from "../interest/personal-data.server.ts";
import { mailOutbox, mailSuppression } from "../mail/index.ts";
import { partnerDataOfPerson } from "../partners/personal-data.server.ts";
import { presentationDataOfPerson } from "../presentations/personal-data.server.ts";
import { watchDataOfPerson } from "../watches/personal-data.server.ts";
import { accountsAccount, accountsSession, accountsUser } from "./tables.ts";
import { listMemberships, type Viewer } from "./viewer.server.ts";

/**
 * Everything the platform holds about the person (GDPR art. 15 and 20), as one JSON document: the
 * account, activity and e-mails, and what they made in each module (watches and notifications,
 * presentations and replies, partner requests and messages, interest marks). Secrets (password hashes,
 * session tokens) are left out.
 */
export async function exportMyData({ services, viewer }: { services: Services; viewer: Viewer }) {
  const { db } = services.database;
  const [user] = await db.select().from(accountsUser).where(eq(accountsUser.id, viewer.userId));
  const sessions = await db
    .select({
      createdAt: accountsSession.createdAt,
      expiresAt: accountsSession.expiresAt,
      ipAddress: accountsSession.ipAddress,
      userAgent: accountsSession.userAgent,
    })
    .from(accountsSession)
    .where(eq(accountsSession.userId, viewer.userId));
  const logins = await db
    .select({ providerId: accountsAccount.providerId, createdAt: accountsAccount.createdAt })
    .from(accountsAccount)
    .where(eq(accountsAccount.userId, viewer.userId));
  const activity = await db
    .select({
      occurredAt: auditLog.occurredAt,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      organisationId: auditLog.organisationId,
    })
    .from(auditLog)
    .where(eq(auditLog.actorId, viewer.userId))
    .orderBy(desc(auditLog.occurredAt));
  const mails = await db
    .select({
      createdAt: mailOutbox.createdAt,
      subject: mailOutbox.subject,
      template: mailOutbox.template,
      status: mailOutbox.status,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, viewer.email))
    .orderBy(desc(mailOutbox.createdAt));
  const unsubscribed = await db
    .select({ topic: mailSuppression.topic, since: mailSuppression.createdAt })
    .from(mailSuppression)
    .where(eq(mailSuppression.address, viewer.email));
  const watches = await watchDataOfPerson(db, viewer.userId);
  const presentations = await presentationDataOfPerson(db, viewer.userId);
  const partners = await partnerDataOfPerson(db, viewer.userId);
  const { interests } = await interestDataOfPerson(db, viewer.userId);
  await recordAudit(db, {
    actorId: viewer.userId,
    action: "accounts.export-data",
    entityType: "user",
    entityId: viewer.userId,
  });
  return {
    exportedAt: new Date().toISOString(),
    service: "Hankintasilta",
    profile: user
      ? {
          id: user.id,
          name: user.name,
          email: user.email,
          emailVerified: user.emailVerified,
          locale: user.locale,
          platformRole: user.platformRole,
          createdAt: user.createdAt,
          updatedAt: user.updatedAt,
        }
      : null,
    logInMethods: logins,
    sessions,
    memberships: await listMemberships(db, viewer.userId),
    activity,
    emails: mails,
    unsubscribedTopics: unsubscribed,
    ...watches,
    ...presentations,
    ...partners,
    interests,
  };
}
