import { and, eq, inArray, ne } from "drizzle-orm";
import type { Tx } from "../../db/types.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import type { Services } from "../../services.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { queueMail } from "../mail/index.server.ts";
import { organisationsMember } from "../organisations/shared-tables.ts";
import { listPublicHeadlines, pickText } from "../plans/index.server.ts";

type Event = "contact" | "reply";

/** Said instead of the title of a plan that is no longer public (its text is then the buyer's own). */
const notPublic: Record<Locale, string> = {
  fi: "suunnitelma ei ole enää julkinen",
  sv: "planen är inte längre offentlig",
  en: "the plan is no longer public",
};

const subject: Record<Locale, Record<Event, (company: string) => string>> = {
  fi: {
    contact: (company) => `${company} otti yhteyttä kumppanihakuunne`,
    reply: (company) => `${company} vastasi kumppanihaun viestiketjussa`,
  },
  sv: {
    contact: (company) => `${company} har kontaktat er om er partnersökning`,
    reply: (company) => `${company} har svarat i partnersökningens meddelandetråd`,
  },
  en: {
    contact: (company) => `${company} contacted you about your partner request`,
    reply: (company) => `${company} replied in a partner request thread`,
  },
};
const message: Record<Locale, Record<Event, (company: string, plan: string) => string>> = {
  fi: {
    contact: (company, plan) =>
      `${company} lähetti viestin kumppanihakuunne hankintasuunnitelmassa "${plan}".\n\nLue viesti ja vastaa Hankintasillassa. Yhteystietonne näkyvät yritykselle vasta, kun vastaatte.`,
    reply: (company, plan) =>
      `${company} kirjoitti viestiketjuun, joka koskee hankintasuunnitelmaa "${plan}".\n\nLue viesti Hankintasillassa.`,
  },
  sv: {
    contact: (company, plan) =>
      `${company} har skickat ett meddelande om er partnersökning i upphandlingsplanen "${plan}".\n\nLäs meddelandet och svara i Hankintasilta. Era kontaktuppgifter visas för företaget först när ni svarar.`,
    reply: (company, plan) =>
      `${company} har skrivit i meddelandetråden om upphandlingsplanen "${plan}".\n\nLäs meddelandet i Hankintasilta.`,
  },
  en: {
    contact: (company, plan) =>
      `${company} sent a message about your partner request on the procurement plan "${plan}".\n\nRead it and reply on Hankintasilta. Your contact details are shown to the company only once you reply.`,
    reply: (company, plan) =>
      `${company} wrote in the thread about the procurement plan "${plan}".\n\nRead the message on Hankintasilta.`,
  },
};

/**
 * Queues a notification to every representative of a company (except the sender), each in their own
 * language, inside the caller's transaction. The mail names the other company, never its people, and
 * the plan by its public headline.
 */
export async function notifyCompany(
  tx: Tx,
  services: Pick<Services, "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] },
  options: {
    organisationId: string;
    exceptUserId: string;
    event: Event;
    fromCompany: string;
    planId: string;
    threadId: string;
  },
): Promise<number> {
  const recipients = await tx
    .select({ email: accountsUser.email, locale: accountsUser.locale })
    .from(organisationsMember)
    .innerJoin(accountsUser, eq(accountsUser.id, organisationsMember.userId))
    .where(
      and(
        eq(organisationsMember.organizationId, options.organisationId),
        inArray(organisationsMember.role, ["company-admin", "company-member"]),
        ne(accountsUser.id, options.exceptUserId),
      ),
    );
  const headline = (await listPublicHeadlines(tx, [options.planId])).get(options.planId);
  for (const recipient of recipients) {
    const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "fi";
    const planTitle = headline ? pickText(headline.title, locale) : notPublic[locale];
    await queueMail({
      db: tx,
      jobs: services.jobs,
      settings: services.mailSettings,
      to: recipient.email,
      locale,
      template: "notification",
      data: {
        topic: "partner-messages",
        subject: subject[locale][options.event](options.fromCompany),
        message: message[locale][options.event](options.fromCompany, planTitle),
        actionUrl: `${services.publicUrl}/${locale}/partners/threads/${options.threadId}`,
      },
    });
  }
  return recipients.length;
}
