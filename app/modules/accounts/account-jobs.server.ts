import { createEmailVerificationToken } from "better-auth/api";
import { z } from "zod";
import type { Db } from "../../db/types.ts";
import { locales } from "../../i18n/locales.ts";
import { recordAudit } from "../audit/index.server.ts";
import { defineJob, type Jobs } from "../jobs/index.server.ts";
import type { Auth } from "./auth.server.ts";

// Sign-up, password reset and log-in links answer at once and do the work here: whether the address
// has an account changes what the work is, and the answer must not show it by taking longer
// (ADR 028). The request does the same steps for every address: checks, (for sign-up) the password
// hash, and queueing this job.

/** Short retention: the sign-up payload holds a password hash, which belongs only in accounts_account. */
const queue = { retryLimit: 3, retryDelay: 5, deleteAfterSeconds: 60, retentionSeconds: 24 * 60 * 60 };

export const signUpJob = defineJob({
  name: "accounts.sign-up",
  schema: z.object({
    name: z.string().min(1).max(200),
    email: z.string().min(3).max(320),
    locale: z.enum(locales),
    /** argon2id hash made in the request, so the password itself is never stored in a job. */
    passwordHash: z.string().startsWith("$argon2"),
    requestId: z.string().max(200).optional(),
  }),
  queue,
});

export const emailLinkJob = defineJob({
  name: "accounts.email-link",
  schema: z.object({
    kind: z.enum(["password-reset", "magic-link"]),
    email: z.string().min(3).max(320),
    locale: z.enum(locales),
  }),
  queue,
});

/** Works the account jobs; call once at start-up, after the authentication is set up. */
export async function registerAccountLinkJobs({
  jobs,
  db,
  auth,
  publicUrl,
}: {
  jobs: Jobs;
  db: Db;
  auth: Auth;
  publicUrl: string;
}): Promise<void> {
  await jobs.register(signUpJob, async ({ name, email, locale, passwordHash, requestId }) => {
    const context = await auth.$context;
    // An address that already has an account gets nothing: the form said the same either way.
    if (await context.internalAdapter.findUserByEmail(email)) return;
    const user = await context.internalAdapter.createUser(
      { email, name, locale, emailVerified: false },
      { method: "email-password" },
    );
    await context.internalAdapter.linkAccount({
      userId: user.id,
      providerId: "credential",
      accountId: user.id,
      password: passwordHash,
    });
    await recordAudit(db, {
      actorId: user.id,
      action: "accounts.sign-up",
      entityType: "user",
      entityId: user.id,
      summary: { locale },
      requestId,
    });
    // What better-auth's sign-up does after creating the account (its sendVerificationEmail endpoint
    // would add a 500 ms floor meant for requests).
    const verifyEmail = context.options.emailVerification?.sendVerificationEmail;
    const token = await createEmailVerificationToken(
      context.secret,
      user.email,
      undefined,
      context.options.emailVerification?.expiresIn,
      { userId: user.id },
    );
    // A new person lands on their first steps (issue 12 point 16), not on the account page.
    const callbackURL = encodeURIComponent(`/${locale}/first-steps?verified=1`);
    const url = `${context.baseURL}/verify-email?token=${token}&callbackURL=${callbackURL}`;
    await verifyEmail?.({ user, url, token });
  });
  await jobs.register(emailLinkJob, async ({ kind, email, locale }) => {
    if (kind === "password-reset") {
      await auth.api.requestPasswordReset({
        body: { email, redirectTo: `${publicUrl}/${locale}/reset-password` },
      });
    } else {
      await auth.api.signInMagicLink({
        // The log-in page sends a signed-in person on to the page of their role (issue 12 point 12).
        body: { email, callbackURL: `/${locale}/login`, errorCallbackURL: `/${locale}/login?link=expired` },
        headers: new Headers(),
      });
    }
  });
}
