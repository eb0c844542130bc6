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
import type { MeetingRoundRow } from "./meeting-round-rows.server.ts";
import { meetingIcal } from "./meetings-ical.ts";

/** The mail's unsubscribe topic: market dialogue (the reason line: the company takes part in it). */
export const meetingMailTopic = "market-dialogue";

/**
 * Tells every representative of the booking company, each in their own language, that a meeting was
 * booked or cancelled, inside the command's transaction; a booking's mail links to its calendar file.
 * Returns how many were told.
 */
export async function notifyMeetingCompany(
  tx: Tx,
  services: Pick<Services, "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] },
  options: {
    event: "booked" | "cancelled";
    organisationId: string;
    planId: string;
    round: MeetingRoundRow;
    slot: { startsAt: Date; endsAt: Date };
    bookingId: string;
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
      ),
    );
  const headline = (await listPublicHeadlines(tx, [options.planId])).get(options.planId);
  for (const recipient of recipients) {
    const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "fi";
    const { t } = getI18n(locale);
    const roundUrl = `${services.publicUrl}/${locale}/plans/${options.planId}/meetings/${options.round.id}`;
    const values = {
      round: pickText(options.round.title, locale),
      plan: headline ? pickText(headline.title, locale) : t("meetings.mail.planNotPublic"),
      time: formatDate(locale, options.slot.startsAt, true),
      calendarUrl: `${roundUrl}/booking.ics`,
    };
    await queueMail({
      db: tx,
      jobs: services.jobs,
      settings: services.mailSettings,
      to: recipient.email,
      locale,
      template: "notification",
      data: {
        topic: meetingMailTopic,
        subject: t(`meetings.mail.${options.event}Subject`, values),
        message: t(`meetings.mail.${options.event}Message`, values),
        actionUrl: roundUrl,
      },
      // A booking carries its meeting as a calendar invitation (the same as the booking.ics file).
      ...(options.event === "booked"
        ? {
            calendar: {
              filename: "meeting.ics",
              content: meetingIcal({
                uid: `meeting-${options.bookingId}@${new URL(services.publicUrl).hostname}`,
                startsAt: options.slot.startsAt,
                endsAt: options.slot.endsAt,
                stamp: new Date(),
                summary: values.round,
                description: values.plan,
                location: options.round.place ?? options.round.onlineUrl,
                url: roundUrl,
              }),
            },
          }
        : {}),
    });
  }
  return recipients.length;
}
