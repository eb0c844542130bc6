import { eq } from "drizzle-orm";
import { accountsUser } from "../../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../../app/modules/accounts/viewer.server.ts";
import { bookMeetingSlot } from "../../../app/modules/dialogue/book-meeting-slot.server.ts";
import { closeMeetingRound } from "../../../app/modules/dialogue/close-meeting-round.server.ts";
import { createMeetingRound } from "../../../app/modules/dialogue/create-meeting-round.server.ts";
import { dialogueMeetingSlot } from "../../../app/modules/dialogue/meetings-tables.ts";
import { openMeetingRound } from "../../../app/modules/dialogue/open-meeting-round.server.ts";
import { publishMeetingSummary } from "../../../app/modules/dialogue/publish-meeting-summary.server.ts";
import { saveMeetingNotes } from "../../../app/modules/dialogue/save-meeting-notes.server.ts";
import { listMemberships } from "../../../app/modules/organisations/memberships.server.ts";
import type { Services } from "../../../app/services.ts";
import { type Check, type Ids, type Role, roleAccounts } from "./types.ts";

// One-to-one meetings of market dialogue on the public plan. A state change can be made once per round,
// so the rows that change state take a fresh round from a pool on each request (every role gets its own);
// the rest use one open round in which the cleaning company has booked and Espoo has written notes, and
// one closed round with a published summary.
const companies: Role[] = ["company-admin", "company-member"];
const managers: Role[] = ["buyer-admin", "buyer", "platform-admin"];
const uuid = "[0-9a-f-]{36}";
export const meetingNotes = "Matriisin luottamuksellinen muistiinpano";
export const meetingSummary = "Matriisin tapaamisten yhteenveto";

type Round = { roundId: string; slotId: string };
const pools: Record<"draft" | "open" | "bookable" | "booked", Round[]> = {
  draft: [],
  open: [],
  bookable: [],
  booked: [],
};
const taken: Record<keyof typeof pools, number> = { draft: 0, open: 0, bookable: 0, booked: 0 };
/** The next round of a pool (round robin: the completeness check reads each row's request too). */
function next(pool: keyof typeof pools): Round {
  const rounds = pools[pool];
  const round = rounds[taken[pool] % rounds.length];
  taken[pool] += 1;
  if (!round) throw new Error(`no ${pool} meeting rounds`);
  return round;
}

const day = 86_400_000;

/** The rounds the rows below use, on the public plan; returns the ids of the fixed ones. */
export async function createMatrixMeetings(
  services: Services,
  ids: Pick<Ids, "publicPlan">,
): Promise<Pick<Ids, "meetingRound" | "meetingBooking" | "closedMeetingRound">> {
  const { db } = services.database;
  const viewerOf = async (email: string): Promise<Viewer> => {
    const [user] = await db.select().from(accountsUser).where(eq(accountsUser.email, email));
    if (!user) throw new Error(`no demo account ${email}`);
    const memberships = await listMemberships(db, user.id);
    return {
      userId: user.id,
      name: user.name,
      email,
      locale: "fi",
      isPlatformAdmin: false,
      memberships,
      activeOrganisationId: memberships[0]?.organisationId ?? null,
    };
  };
  const buyer = await viewerOf(roleAccounts.buyer);
  const kirkas = await viewerOf(roleAccounts["company-admin"]);
  let offset = 0;
  const round = async (state: "draft" | "open"): Promise<Round> => {
    offset += 1;
    const start = new Date(Date.now() + (20 + offset) * day);
    const created = await createMeetingRound({
      services,
      viewer: buyer,
      planId: ids.publicPlan,
      input: {
        title: { fi: `Matriisin tapaamiset ${offset}` },
        agenda: { fi: "Matriisin esityslista" },
        place: "Matriisin kokoushuone",
        onlineUrl: null,
        slotMinutes: 30,
        bookingDeadline: new Date(start.getTime() - day),
        starts: [start, new Date(start.getTime() + 60 * 60_000)],
      },
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    if (state === "open") await openMeetingRound({ services, viewer: buyer, roundId: created.roundId });
    const [slot] = await db
      .select({ id: dialogueMeetingSlot.id })
      .from(dialogueMeetingSlot)
      .where(eq(dialogueMeetingSlot.roundId, created.roundId))
      .orderBy(dialogueMeetingSlot.startsAt);
    return { roundId: created.roundId, slotId: slot?.id ?? "" };
  };
  const book = async ({ slotId }: Round) => {
    const booked = await bookMeetingSlot({ services, viewer: kirkas, slotId });
    if (!booked.ok) throw new Error(booked.error);
    return booked.bookingId;
  };
  for (let i = 0; i < 12; i += 1) {
    pools.draft.push(await round("draft"));
    pools.open.push(await round("open"));
    pools.bookable.push(await round("open"));
    const booked = await round("open");
    await book(booked);
    pools.booked.push(booked);
  }
  const main = await round("open");
  const bookingId = await book(main);
  await saveMeetingNotes({ services, viewer: buyer, bookingId, body: meetingNotes });
  const closed = await round("open");
  await closeMeetingRound({ services, viewer: buyer, roundId: closed.roundId });
  await publishMeetingSummary({
    services,
    viewer: buyer,
    roundId: closed.roundId,
    summary: { fi: meetingSummary },
  });
  return { meetingRound: main.roundId, meetingBooking: bookingId, closedMeetingRound: closed.roundId };
}

const workspace = (ids: Ids) => `/fi/workspace/plans/${ids.publicPlan}/meetings`;
const publicRound = (ids: Ids, roundId: string) => `/fi/plans/${ids.publicPlan}/meetings/${roundId}`;
/** Another organisation's people are told the buyer's pages are not there. */
const notThere = { status: 404 };

export const meetingRows: Check[] = [
  {
    route: ":lang/workspace/plans/:id/meetings",
    what: "the plan's meeting rounds and the new-round form",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: workspace(ids) }),
    success: { status: 200, contains: 'id="meeting-create"' },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/meetings",
    what: "offer a new meeting round",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: workspace(ids),
      form: {
        "title.fi": "Matriisin uusi kierros",
        "agenda.fi": "Esityslista",
        place: "Kaupungintalo",
        firstStart: new Date(Date.now() + 40 * day).toISOString().slice(0, 11) + "09:00",
        slotMinutes: "30",
        breakMinutes: "0",
        slotCount: "2",
        bookingDeadline: new Date(Date.now() + 39 * day).toISOString().slice(0, 11) + "09:00",
      },
    }),
    success: { status: 302, location: new RegExp(`/meetings/${uuid}\\?created=1$`) },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/meetings/:roundId",
    what: "a meeting round with the bookings and the buyer's private notes",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: `${workspace(ids)}/${ids.meetingRound}` }),
    success: { status: 200, contains: meetingNotes },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/meetings/:roundId",
    what: "open a draft meeting round to every company",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("draft").roundId}`,
      form: { intent: "open" },
    }),
    success: { status: 302, location: /\?done=opened$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/meetings/:roundId",
    what: "close an open meeting round",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("open").roundId}`,
      form: { intent: "close" },
    }),
    success: { status: 302, location: /\?done=closedDone$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/meetings/:roundId",
    what: "write private notes on a meeting",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${ids.meetingRound}`,
      form: { intent: "notes", bookingId: ids.meetingBooking, body: meetingNotes },
    }),
    success: { status: 302, location: /\?notes=saved#slot-/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/meetings/:roundId",
    what: "publish the summary of a closed meeting round",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${ids.closedMeetingRound}`,
      form: { intent: "summary", "summary.fi": meetingSummary },
    }),
    success: { status: 302, location: /\?done=published$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/plans/:id/meetings",
    what: "the public plan's meeting rounds and published summaries",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}/meetings` }),
    success: { status: 200, contains: meetingSummary },
  },
  {
    route: ":lang/plans/:id/meetings/:roundId",
    what: "an open meeting round's slots",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: publicRound(ids, ids.meetingRound) }),
    success: { status: 200, contains: 'id="meeting-slots"' },
  },
  {
    route: ":lang/plans/:id/meetings/:roundId",
    what: "the public meeting page never shows the buyer's notes or who booked",
    allowed: [],
    request: (ids) => ({ method: "GET", path: publicRound(ids, ids.meetingRound) }),
    success: { status: 200 },
    refusedSignedIn: { status: 200, lacks: meetingNotes },
    refusedAnonymous: { status: 200, lacks: "Siivouspalvelu Kirkas" },
  },
  {
    route: ":lang/plans/:id/meetings/:roundId",
    what: "book a meeting slot for the company",
    allowed: companies,
    request: (ids) => {
      const round = next("bookable");
      return {
        method: "POST",
        path: publicRound(ids, round.roundId),
        form: { intent: "book", slotId: round.slotId },
      };
    },
    success: { status: 302, location: /\?done=booked$/ },
  },
  {
    route: ":lang/plans/:id/meetings/:roundId",
    what: "cancel the company's meeting booking",
    allowed: companies,
    request: (ids) => ({
      method: "POST",
      path: publicRound(ids, next("booked").roundId),
      form: { intent: "cancel" },
    }),
    success: { status: 302, location: /\?done=cancelled$/ },
    // Only the booking company has a booking there to cancel.
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/plans/:id/meetings/:roundId/booking.ics",
    what: "the calendar file of the company's booked meeting",
    allowed: companies,
    request: (ids) => ({ method: "GET", path: `${publicRound(ids, ids.meetingRound)}/booking.ics` }),
    success: { status: 200, contains: "BEGIN:VCALENDAR" },
    refusedSignedIn: notThere,
  },
];
