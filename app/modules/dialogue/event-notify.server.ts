import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/types.ts";
import { formatDate } from "../../i18n/format.ts";
import { getI18n } from "../../i18n/i18n.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { queueMail } from "../mail/index.server.ts";
import { organisationsMember } from "../organisations/shared-tables.ts";
import { listPublicHeadlines } from "../plans/index.server.ts";
import type { EventRow } from "./event-rows.server.ts";
import { type EventIcalEntry, eventsIcal } from "./events-ical.ts";

// The e-mails of one company's registration: registered (with the calendar), waitlisted, promoted from
// the waitlist (with the calendar), cancelled, the event changed or cancelled, and the reminder a day
// before (with the calendar). Each representative of the company gets it in their own language.

export type RegistrationMailEvent =
  | "confirmed"
  | "waitlisted"
  | "promoted"
  | "cancelled"
  | "changed"
  | "eventCancelled"
  | "reminder";

type MailServices = Pick<Services, "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };

const withCalendar = new Set<RegistrationMailEvent>(["confirmed", "promoted", "changed", "reminder"]);

/** The public page of an event. */
export function eventPath(event: Pick<EventRow, "id" | "planId">): string {
  return `/plans/${event.planId}/events/${event.id}`;
}

/**
 * One registration's calendar entry. The online link is in it: only a registered company and the buyer
 * get this file (the public feed is written by the calendar query without it).
 */
export function registrationIcalEntry(
  event: EventRow,
  {
    registrationId,
    locale,
    publicUrl,
    planTitle,
    stamp,
  }: { registrationId: string; locale: Locale; publicUrl: string; planTitle: string; stamp: Date },
): EventIcalEntry {
  const { t } = getI18n(locale);
  const url = `${publicUrl}/${locale}${eventPath(event)}`;
  return {
    uid: `event-${event.id}-${registrationId}@${new URL(publicUrl).hostname}`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    stamp,
    sequence: event.sequence,
    summary: pickText(event.title, locale),
    description: t("events.calendarDescription", {
      plan: planTitle,
      agenda: pickText(event.agenda, locale),
      link: event.onlineUrl ?? url,
    }),
    location: [event.address, event.onlineUrl].filter(Boolean).join(" · ") || null,
    url,
    status: event.state === "cancelled" ? "CANCELLED" : "CONFIRMED",
  };
}

/**
 * E-mails every representative of the company about its registration, inside the command's
 * transaction. Returns how many were told.
 */
export async function notifyEventCompany(
  tx: Tx,
  services: MailServices,
  options: {
    mail: RegistrationMailEvent;
    event: EventRow;
    organisationId: string;
    registrationId: string;
  },
): Promise<number> {
  const { event } = options;
  const recipients = await tx
    .select({ email: accountsUser.email, locale: accountsUser.locale })
    .from(organisationsMember)
    .innerJoin(accountsUser, eq(accountsUser.id, organisationsMember.userId))
    .where(
      and(
        eq(organisationsMember.organizationId, options.organisationId),
        inArray(organisationsMember.role, ["company-admin", "company-member"]),
      ),
    );
  const headline = (await listPublicHeadlines(tx, [event.planId])).get(event.planId);
  for (const recipient of recipients) {
    const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "fi";
    const { t } = getI18n(locale);
    const pageUrl = `${services.publicUrl}/${locale}${eventPath(event)}`;
    const planTitle = headline ? pickText(headline.title, locale) : t("events.mail.planNotPublic");
    const values = {
      event: pickText(event.title, locale),
      plan: planTitle,
      time: formatDate(locale, event.startsAt, true),
      calendarUrl: `${pageUrl}/registration.ics`,
    };
    await queueMail({
      db: tx,
      jobs: services.jobs,
      settings: services.mailSettings,
      to: recipient.email,
      locale,
      template: "notification",
      data: {
        topic: "market-dialogue",
        subject: t(`events.mail.${options.mail}Subject`, values),
        message: t(`events.mail.${options.mail}Message`, values),
        actionUrl: pageUrl,
      },
      ...(withCalendar.has(options.mail)
        ? {
            calendar: {
              filename: "event.ics",
              content: eventsIcal(
                [
                  registrationIcalEntry(event, {
                    registrationId: options.registrationId,
                    locale,
                    publicUrl: services.publicUrl,
                    planTitle,
                    stamp: new Date(),
                  }),
                ],
                { name: values.event },
              ),
            },
          }
        : {}),
    });
  }
  return recipients.length;
}
