import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { magicLink, organization } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { eq } from "drizzle-orm";
// better-auth's organisation plugin writes the organisations module's tables; the adapter gets them from
// the schema registry (the composition root of all tables), not from the organisations module (ADR 030).
import * as schema from "../../db/schema.ts";
import type { Db } from "../../db/types.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { hashPassword, verifyPassword } from "./password.server.ts";
import { accountsUser } from "./tables.ts";

/** The e-mails that the account flows send; the mail module renders them in the person's language. */
export type AccountMail = {
  to: string;
  locale: Locale;
} & (
  | { template: "verify-email" | "reset-password" | "magic-link"; data: { name: string; url: string } }
  | {
      template: "invitation";
      data: { organisationName: string; inviterName: string; role: string; url: string };
    }
);

export type CreateAuthOptions = {
  db: Db;
  publicUrl: string;
  secret: string;
  sendMail: (mail: AccountMail) => Promise<void>;
};

// Organisation-level permissions used by better-auth's organization plugin; our own policies decide
// everything else (see organisations/policy.ts).
const accessControl = createAccessControl({
  organization: ["update", "delete"],
  member: ["create", "update", "delete"],
  invitation: ["create", "cancel"],
} as const);
const administer = accessControl.newRole({
  organization: ["update"],
  member: ["create", "update", "delete"],
  invitation: ["create", "cancel"],
});
const participate = accessControl.newRole({ organization: [], member: [], invitation: [] });

/** better-auth, configured for Hankintasilta: e-mail + password with verification, magic links, organisations. */
export function createAuth({ db, publicUrl, secret, sendMail }: CreateAuthOptions) {
  const localeOf = (user: object): Locale => {
    const locale = (user as { locale?: unknown }).locale;
    return isLocale(locale) ? locale : "fi";
  };
  return betterAuth({
    appName: "Hankintasilta",
    baseURL: publicUrl,
    basePath: "/api/auth",
    // Expected refusals (wrong password, unknown address) are answered to the person, not logged.
    logger: { level: "error" },
    secret,
    trustedOrigins: [publicUrl],
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: schema.accountsUser,
        session: schema.accountsSession,
        account: schema.accountsAccount,
        verification: schema.accountsVerification,
        organization: schema.organisationsOrganisation,
        member: schema.organisationsMember,
        invitation: schema.organisationsInvitation,
      },
    }),
    advanced: {
      cookiePrefix: "hs",
      useSecureCookies: publicUrl.startsWith("https:"),
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
    },
    // Our own database-backed limiter guards the forms (accounts/rate-limit.server.ts); this one guards
    // the /api/auth endpoints that e-mail links open.
    rateLimit: { enabled: true, window: 60, max: 60 },
    user: {
      additionalFields: {
        locale: { type: "string", required: false, defaultValue: "fi", input: true },
        platformRole: { type: "string", required: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      autoSignIn: false,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      password: { hash: hashPassword, verify: verifyPassword },
      sendResetPassword: async ({ user, url }) => {
        await sendMail({
          template: "reset-password",
          to: user.email,
          locale: localeOf(user),
          data: { name: user.name, url },
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user, url }) => {
        await sendMail({
          template: "verify-email",
          to: user.email,
          locale: localeOf(user),
          data: { name: user.name, url },
        });
      },
    },
    plugins: [
      organization({
        ac: accessControl,
        roles: {
          "buyer-admin": administer,
          "company-admin": administer,
          advisor: administer,
          buyer: participate,
          leadership: participate,
          "company-member": participate,
        },
        allowUserToCreateOrganization: false,
        invitationExpiresIn: 60 * 60 * 24 * 7,
        cancelPendingInvitationsOnReInvite: true,
        schema: {
          organization: {
            additionalFields: {
              kind: { type: "string", required: true, input: true },
              municipalityCode: { type: "string", required: false, input: true },
              yTunnus: { type: "string", required: false, input: true },
            },
          },
        },
      }),
      magicLink({
        expiresIn: 15 * 60,
        disableSignUp: true,
        sendMagicLink: async ({ email, url }) => {
          const [user] = await db.select().from(accountsUser).where(eqEmail(email)).limit(1);
          if (!user) return;
          await sendMail({
            template: "magic-link",
            to: email,
            locale: localeOf(user),
            data: { name: user.name, url },
          });
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const eqEmail = (email: string) => eq(accountsUser.email, email.toLowerCase());
