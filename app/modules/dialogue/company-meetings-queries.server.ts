import { and, asc, eq, gt, inArray, isNull, notExists } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { pickText, type TextByLanguage } from "../../lib/pick-translation.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { listPublicHeadlines } from "../plans/index.server.ts";
import { dialogueMeetingBooking, dialogueMeetingRound, dialogueMeetingSlot } from "./meetings-tables.ts";

/** A one-to-one meeting on the company home: a booked slot, or an open round it has not booked. */
export type CompanyMeeting = {
  roundId: string;
  planId: string;
  planTitle: string;
  roundTitle: string;
  /** The booked slot's start; null for a round still to book. */
  startsAt: Date | null;
  bookingDeadline: Date;
};

/**
 * The acting company's one-to-one meetings for its home page: its active bookings whose slot is still
 * ahead (soonest first), then open rounds on the plans it is interested in (`interestedPlanIds`) that it
 * has not booked, whose booking deadline is ahead. Only plans that are public now are named; nothing of
 * another company is read.
 *
 * @example
 * const meetings = await listCompanyMeetings(db, viewer, "fi", { interestedPlanIds, limit: 5 });
 */
export async function listCompanyMeetings(
  db: DbOrTx,
  viewer: Viewer | null,
  locale: Locale,
  {
    interestedPlanIds,
    limit = 5,
    now = new Date(),
  }: { interestedPlanIds: string[]; limit?: number; now?: Date },
): Promise<{ booked: CompanyMeeting[]; toBook: CompanyMeeting[] }> {
  const company = actingCompanyOf(viewer);
  if (!company) return { booked: [], toBook: [] };
  const booked = await db
    .select({
      roundId: dialogueMeetingRound.id,
      planId: dialogueMeetingRound.planId,
      title: dialogueMeetingRound.title,
      startsAt: dialogueMeetingSlot.startsAt,
      bookingDeadline: dialogueMeetingRound.bookingDeadline,
    })
    .from(dialogueMeetingBooking)
    .innerJoin(dialogueMeetingSlot, eq(dialogueMeetingSlot.id, dialogueMeetingBooking.slotId))
    .innerJoin(dialogueMeetingRound, eq(dialogueMeetingRound.id, dialogueMeetingBooking.roundId))
    .where(
      and(
        eq(dialogueMeetingBooking.organisationId, company.organisationId),
        isNull(dialogueMeetingBooking.cancelledAt),
        gt(dialogueMeetingSlot.startsAt, now),
      ),
    )
    .orderBy(asc(dialogueMeetingSlot.startsAt))
    .limit(limit);
  const toBook =
    interestedPlanIds.length === 0
      ? []
      : await db
          .select({
            roundId: dialogueMeetingRound.id,
            planId: dialogueMeetingRound.planId,
            title: dialogueMeetingRound.title,
            bookingDeadline: dialogueMeetingRound.bookingDeadline,
          })
          .from(dialogueMeetingRound)
          .where(
            and(
              inArray(dialogueMeetingRound.planId, interestedPlanIds),
              eq(dialogueMeetingRound.state, "open"),
              gt(dialogueMeetingRound.bookingDeadline, now),
              notExists(
                db
                  .select({ id: dialogueMeetingBooking.id })
                  .from(dialogueMeetingBooking)
                  .where(
                    and(
                      eq(dialogueMeetingBooking.roundId, dialogueMeetingRound.id),
                      eq(dialogueMeetingBooking.organisationId, company.organisationId),
                      isNull(dialogueMeetingBooking.cancelledAt),
                    ),
                  ),
              ),
            ),
          )
          .orderBy(asc(dialogueMeetingRound.bookingDeadline))
          .limit(limit);
  const headlines = await listPublicHeadlines(db, [
    ...new Set([...booked, ...toBook].map((row) => row.planId)),
  ]);
  // A plan pulled back from public view is left out: its headline is gone.
  const named = (rows: (Omit<CompanyMeeting, "planTitle" | "roundTitle"> & { title: TextByLanguage })[]) =>
    rows.flatMap(({ title, ...row }) => {
      const headline = headlines.get(row.planId);
      return headline
        ? [{ ...row, planTitle: pickText(headline.title, locale), roundTitle: pickText(title, locale) }]
        : [];
    });
  return {
    booked: named(booked),
    toBook: named(toBook.map((row) => ({ ...row, startsAt: null }))),
  };
}
