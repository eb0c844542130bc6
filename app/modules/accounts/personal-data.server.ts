import { eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { type DataSubject, registerPersonalData } from "./personal-data-registry.ts";
import {
  accountsAccount,
  accountsRateLimit,
  accountsSession,
  accountsUser,
  accountsVerification,
} from "./tables.ts";

/** The account itself, its log-in methods and sessions; secrets (hashes, tokens) are left out. */
async function accountDataOfPerson(db: DbOrTx, subject: DataSubject) {
  const [user] = await db.select().from(accountsUser).where(eq(accountsUser.id, subject.userId));
  const logInMethods = await db
    .select({ providerId: accountsAccount.providerId, createdAt: accountsAccount.createdAt })
    .from(accountsAccount)
    .where(eq(accountsAccount.userId, subject.userId));
  const sessions = await db
    .select({
      createdAt: accountsSession.createdAt,
      expiresAt: accountsSession.expiresAt,
      ipAddress: accountsSession.ipAddress,
      userAgent: accountsSession.userAgent,
    })
    .from(accountsSession)
    .where(eq(accountsSession.userId, subject.userId));
  return {
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
    logInMethods,
    sessions,
  };
}

registerPersonalData({
  module: "accounts",
  exportFor: accountDataOfPerson,
  // Sessions and log-in methods go with the account row (foreign keys). better-auth's verification rows
  // (reset and magic-link tokens) and the rate-limit counters carry the id or the address in text.
  eraseFor: async (tx, subject) => {
    await tx
      .delete(accountsVerification)
      .where(
        or(
          eq(accountsVerification.value, subject.userId),
          sql`strpos(lower(${accountsVerification.value}), lower(${subject.email})) > 0`,
          sql`strpos(lower(${accountsVerification.identifier}), lower(${subject.email})) > 0`,
        ),
      );
    await tx
      .delete(accountsRateLimit)
      .where(
        or(
          sql`strpos(lower(${accountsRateLimit.key}), lower(${subject.email})) > 0`,
          sql`strpos(${accountsRateLimit.key}, ${subject.userId}) > 0`,
        ),
      );
  },
});
