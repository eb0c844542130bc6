import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/types.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import type { Services } from "../../services.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { queueMail } from "../mail/index.server.ts";
import { organisationsMember } from "../organisations/shared-tables.ts";
import { listPublicHeadlines, pickText } from "../plans/index.server.ts";

/**
 * E-mails every representative of these companies (each person once, in their own language) inside the
 * caller's transaction, leaving out `except` (people already told another way, e.g. by their watch).
 * The text is made per language by `compose` from the plan's public headline. Returns how many were
 * queued.
 */
export async function notifyCompanyMembers(
  tx: Tx,
  services: Pick<Services, "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] },
  options: {
    organisationIds: readonly string[];
    except?: readonly string[];
    planId: string;
    /** Where the e-mail's button leads, without the language: e.g. `/plans/<id>#questions`. */
    path: string;
    compose: (locale: Locale, planTitle: string) => { subject: string; message: string };
  },
): Promise<number> {
  const ids = [...new Set(options.organisationIds)];
  if (ids.length === 0) return 0;
  const rows = await tx
    .selectDistinctOn([accountsUser.id], {
      id: accountsUser.id,
      email: accountsUser.email,
      locale: accountsUser.locale,
    })
    .from(organisationsMember)
    .innerJoin(accountsUser, eq(accountsUser.id, organisationsMember.userId))
    .where(
      and(
        inArray(organisationsMember.organizationId, ids),
        inArray(organisationsMember.role, ["company-admin", "company-member"]),
      ),
    );
  const except = new Set(options.except ?? []);
  const recipients = rows.filter((row) => !except.has(row.id));
  const headline = (await listPublicHeadlines(tx, [options.planId])).get(options.planId);
  for (const recipient of recipients) {
    const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "fi";
    const { subject, message } = options.compose(locale, headline ? pickText(headline.title, locale) : "");
    await queueMail({
      db: tx,
      jobs: services.jobs,
      settings: services.mailSettings,
      to: recipient.email,
      locale,
      template: "notification",
      data: {
        topic: "market-dialogue",
        subject,
        message,
        actionUrl: `${services.publicUrl}/${locale}${options.path}`,
      },
    });
  }
  return recipients.length;
}
