import { and, asc, count, desc, eq, inArray, isNotNull, isNull, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import { pickText, type TextByLanguage } from "../../lib/pick-translation.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { canViewPlan, findPlanForDialogue, type PlanForDialogue } from "../plans/index.server.ts";
import { findMeetingRound, isBookable, type MeetingRoundRow } from "./meeting-round-rows.server.ts";
import { meetingIcal } from "./meetings-ical.ts";
import type { MeetingRoundState } from "./meetings-schemas.ts";
import {
  dialogueMeetingBooking,
  dialogueMeetingNote,
  dialogueMeetingRound,
  dialogueMeetingSlot,
} from "./meetings-tables.ts";
import { canManageDialogue, canTakePartInDialogue } from "./policy.ts";

// What the meeting pages show. Three views, each with its own columns: the buyer's (who booked, the
// private notes), a company's (which slots are taken, never by whom; its own booking) and the public's
// (the round, its times and the published summary). Notes are read only in the buyer's view.

/** A round as every view lists it. */
export type MeetingRoundView = {
  id: string;
  planId: string;
  title: TextByLanguage;
  agenda: TextByLanguage;
  place: string | null;
  onlineUrl: string | null;
  slotMinutes: number;
  bookingDeadline: Date;
  state: MeetingRoundState;
  openedAt: Date | null;
  summary: TextByLanguage | null;
  summaryPublishedAt: Date | null;
};

function toView(round: MeetingRoundRow): MeetingRoundView {
  return {
    id: round.id,
    planId: round.planId,
    title: round.title,
    agenda: round.agenda,
    place: round.place,
    onlineUrl: round.onlineUrl,
    slotMinutes: round.slotMinutes,
    bookingDeadline: round.bookingDeadline,
    state: round.state as MeetingRoundState,
    openedAt: round.openedAt,
    summary: round.summaryPublishedAt ? round.summary : null,
    summaryPublishedAt: round.summaryPublishedAt,
  };
}

async function planOf(db: DbOrTx, planId: string): Promise<PlanForDialogue> {
  const plan = await findPlanForDialogue(db, planId);
  if (!plan) throw new AppError("not_found");
  return plan;
}

/** The plan's rounds for its buyers, newest first, with counts of slots and active bookings. */
export async function listMeetingRoundsForBuyer(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
): Promise<(MeetingRoundView & { slots: number; bookings: number })[]> {
  const plan = await planOf(db, planId);
  if (!canManageDialogue(viewer, plan)) throw new AppError("not_found");
  const rounds = await db
    .select()
    .from(dialogueMeetingRound)
    .where(eq(dialogueMeetingRound.planId, planId))
    .orderBy(desc(dialogueMeetingRound.createdAt));
  const ids = rounds.map((round) => round.id);
  const slots = ids.length
    ? await db
        .select({ roundId: dialogueMeetingSlot.roundId, value: count() })
        .from(dialogueMeetingSlot)
        .where(inArray(dialogueMeetingSlot.roundId, ids))
        .groupBy(dialogueMeetingSlot.roundId)
    : [];
  const bookings = ids.length
    ? await db
        .select({ roundId: dialogueMeetingBooking.roundId, value: count() })
        .from(dialogueMeetingBooking)
        .where(and(inArray(dialogueMeetingBooking.roundId, ids), isNull(dialogueMeetingBooking.cancelledAt)))
        .groupBy(dialogueMeetingBooking.roundId)
    : [];
  const countOf = (rows: { roundId: string; value: number }[], id: string) =>
    Number(rows.find((row) => row.roundId === id)?.value ?? 0);
  return rounds.map((round) => ({
    ...toView(round),
    slots: countOf(slots, round.id),
    bookings: countOf(bookings, round.id),
  }));
}

/** A slot as the buyer sees it: who booked it and the buyer's own notes. */
export type BuyerMeetingSlot = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  booking: { id: string; company: string; bookedAt: Date; notes: string } | null;
};

/** One round for the plan's buyers: every slot with its active booking and notes. */
export async function getMeetingRoundForBuyer(
  db: DbOrTx,
  viewer: Viewer | null,
  roundId: string,
): Promise<{ round: MeetingRoundView; slots: BuyerMeetingSlot[]; cancellations: number }> {
  const round = await findMeetingRound(db, roundId);
  if (!round) throw new AppError("not_found");
  if (!canManageDialogue(viewer, await planOf(db, round.planId))) throw new AppError("not_found");
  const rows = await db
    .select({
      id: dialogueMeetingSlot.id,
      startsAt: dialogueMeetingSlot.startsAt,
      endsAt: dialogueMeetingSlot.endsAt,
      bookingId: dialogueMeetingBooking.id,
      company: organisationsOrganisation.name,
      bookedAt: dialogueMeetingBooking.createdAt,
      notes: dialogueMeetingNote.body,
    })
    .from(dialogueMeetingSlot)
    .leftJoin(
      dialogueMeetingBooking,
      and(
        eq(dialogueMeetingBooking.slotId, dialogueMeetingSlot.id),
        isNull(dialogueMeetingBooking.cancelledAt),
      ),
    )
    .leftJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, dialogueMeetingBooking.organisationId),
    )
    .leftJoin(dialogueMeetingNote, eq(dialogueMeetingNote.bookingId, dialogueMeetingBooking.id))
    .where(eq(dialogueMeetingSlot.roundId, roundId))
    .orderBy(asc(dialogueMeetingSlot.startsAt));
  const [cancelled] = await db
    .select({ value: count() })
    .from(dialogueMeetingBooking)
    .where(and(eq(dialogueMeetingBooking.roundId, roundId), isNotNull(dialogueMeetingBooking.cancelledAt)));
  return {
    round: toView(round),
    slots: rows.map((row) => ({
      id: row.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      booking:
        row.bookingId && row.bookedAt
          ? { id: row.bookingId, company: row.company ?? "", bookedAt: row.bookedAt, notes: row.notes ?? "" }
          : null,
    })),
    cancellations: Number(cancelled?.value ?? 0),
  };
}

/** A slot as a company or the public sees it: whether it is free, and whether it is the viewer's own. */
export type PublicMeetingSlot = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  isTaken: boolean;
  isOwn: boolean;
};

export type MeetingRoundPage = {
  round: MeetingRoundView;
  slots: PublicMeetingSlot[];
  /** The viewer's company's active booking in this round. */
  ownBookingId: string | null;
  /** Whether the viewer may book or cancel now (a company's representative, round open, before deadline). */
  canBook: boolean;
  /** Whether the viewer represents a company at all (a person without one is told how to take part). */
  isCompany: boolean;
};

/** The rounds of a public plan that anyone may see (opened or closed, never drafts), newest first. */
export async function listMeetingRoundsForPlan(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
): Promise<MeetingRoundView[]> {
  const plan = await planOf(db, planId);
  if (!canViewPlan(viewer, plan)) throw new AppError("not_found");
  const rounds = await db
    .select()
    .from(dialogueMeetingRound)
    .where(and(eq(dialogueMeetingRound.planId, planId), ne(dialogueMeetingRound.state, "draft")))
    .orderBy(desc(dialogueMeetingRound.openedAt));
  return rounds.map(toView);
}

/** One opened round for companies and the public; its slots say only whether they are taken. */
export async function getMeetingRoundPage(
  db: DbOrTx,
  viewer: Viewer | null,
  planId: string,
  roundId: string,
): Promise<MeetingRoundPage> {
  const round = await findMeetingRound(db, roundId);
  if (!round || round.planId !== planId || round.state === "draft") throw new AppError("not_found");
  const plan = await planOf(db, round.planId);
  if (!canViewPlan(viewer, plan)) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  const slots = await db
    .select({
      id: dialogueMeetingSlot.id,
      startsAt: dialogueMeetingSlot.startsAt,
      endsAt: dialogueMeetingSlot.endsAt,
      organisationId: dialogueMeetingBooking.organisationId,
      bookingId: dialogueMeetingBooking.id,
    })
    .from(dialogueMeetingSlot)
    .leftJoin(
      dialogueMeetingBooking,
      and(
        eq(dialogueMeetingBooking.slotId, dialogueMeetingSlot.id),
        isNull(dialogueMeetingBooking.cancelledAt),
      ),
    )
    .where(eq(dialogueMeetingSlot.roundId, roundId))
    .orderBy(asc(dialogueMeetingSlot.startsAt));
  const own = company ? slots.find((slot) => slot.organisationId === company.organisationId) : undefined;
  return {
    round: toView(round),
    slots: slots.map((slot) => ({
      id: slot.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      isTaken: slot.bookingId !== null,
      isOwn: company !== null && slot.organisationId === company.organisationId,
    })),
    ownBookingId: own?.bookingId ?? null,
    canBook: company !== null && canTakePartInDialogue(viewer, plan) && isBookable(round),
    isCompany: company !== null,
  };
}

/** The calendar file of the viewer's company's active booking in a round; not found when it has none. */
export async function getMeetingIcal(
  db: DbOrTx,
  viewer: Viewer | null,
  {
    planId,
    roundId,
    locale,
    publicUrl,
    describe,
  }: {
    planId: string;
    roundId: string;
    locale: Locale;
    publicUrl: string;
    /** The event's description in the reader's language, from the round's agenda and link. */
    describe: (round: MeetingRoundView) => string;
  },
): Promise<string> {
  const company = actingCompanyOf(viewer);
  const round = await findMeetingRound(db, roundId);
  if (!company || !round || round.planId !== planId || round.state === "draft")
    throw new AppError("not_found");
  const [booking] = await db
    .select({
      id: dialogueMeetingBooking.id,
      createdAt: dialogueMeetingBooking.createdAt,
      startsAt: dialogueMeetingSlot.startsAt,
      endsAt: dialogueMeetingSlot.endsAt,
    })
    .from(dialogueMeetingBooking)
    .innerJoin(dialogueMeetingSlot, eq(dialogueMeetingSlot.id, dialogueMeetingBooking.slotId))
    .where(
      and(
        eq(dialogueMeetingBooking.roundId, roundId),
        eq(dialogueMeetingBooking.organisationId, company.organisationId),
        isNull(dialogueMeetingBooking.cancelledAt),
      ),
    );
  if (!booking) throw new AppError("not_found");
  const view = toView(round);
  return meetingIcal({
    uid: `meeting-${booking.id}@${new URL(publicUrl).hostname}`,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    stamp: booking.createdAt,
    summary: pickText(round.title, locale),
    description: describe(view),
    location: round.place ?? round.onlineUrl,
    url: `${publicUrl}/${locale}/plans/${planId}/meetings/${roundId}`,
  });
}
