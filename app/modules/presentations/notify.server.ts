import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { getI18n } from "../../i18n/i18n.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import type { Services } from "../../services.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { queueMail } from "../mail/index.server.ts";
import type { OrganisationRole } from "../organisations/index.ts";
import { organisationsMember } from "../organisations/shared-tables.ts";

/** What sending notifications needs from the services (jobs are optional in tests). */
export type NotifyServices = Pick<Services, "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };

type MailKind = "received" | "buyerReplied" | "companyReplied";

/** Members of an organisation with the given roles, each with the language of their e-mails. */
export async function membersWithRoles(
  db: DbOrTx,
  organisationId: string,
  roles: OrganisationRole[],
): Promise<{ userId: string; email: string; locale: Locale }[]> {
  const rows = await db
    .select({ userId: accountsUser.id, email: accountsUser.email, locale: accountsUser.locale })
    .from(organisationsMember)
    .innerJoin(accountsUser, eq(accountsUser.id, organisationsMember.userId))
    .where(
      and(eq(organisationsMember.organizationId, organisationId), inArray(organisationsMember.role, roles)),
    );
  return rows.map((row) => ({ ...row, locale: isLocale(row.locale) ? row.locale : "fi" }));
}

/**
 * Queues one notification e-mail per person (topic `presentations`, so each can unsubscribe), in the
 * person's language, inside the caller's transaction. `path` is the page after the locale.
 */
export async function notifyPeople(
  tx: DbOrTx,
  services: NotifyServices,
  {
    people,
    kind,
    values,
    path,
  }: {
    people: { email: string; locale: Locale }[];
    kind: MailKind;
    values: { company: string; organisation: string; title: string };
    path: string;
  },
): Promise<number> {
  // Subjects are one line of at most 200 characters: a long or multi-line title is shortened.
  const title = values.title.replace(/\s+/g, " ").trim();
  const safe = { ...values, title: title.length > 80 ? `${title.slice(0, 79)}…` : title };
  const seen = new Set<string>();
  for (const person of people) {
    if (seen.has(person.email)) continue;
    seen.add(person.email);
    const t = getI18n(person.locale).t;
    const strings = {
      received: ["presentations.mail.receivedSubject", "presentations.mail.receivedMessage"],
      buyerReplied: ["presentations.mail.buyerRepliedSubject", "presentations.mail.buyerRepliedMessage"],
      companyReplied: [
        "presentations.mail.companyRepliedSubject",
        "presentations.mail.companyRepliedMessage",
      ],
    }[kind] as [string, string];
    await queueMail({
      db: tx,
      jobs: services.jobs,
      settings: services.mailSettings,
      to: person.email,
      locale: person.locale,
      template: "notification",
      data: {
        topic: "presentations",
        subject: t(strings[0], safe),
        message: t(strings[1], safe),
        actionUrl: `${services.publicUrl}/${person.locale}/${path}`,
        actionLabel: t("presentations.mail.open"),
      },
    });
  }
  return seen.size;
}
