import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { bookMeetingSlot } from "./book-meeting-slot.server.ts";
import { listCompanyMeetings } from "./company-meetings-queries.server.ts";
import { getMeetingRoundForBuyer } from "./meetings-queries.server.ts";
import { createRound } from "./meetings-test-fixtures.ts";

// The company home's one-to-one meetings (listCompanyMeetings): rounds still to book on the plans the
// company follows, then its own bookings, and never another company's.

let world: CompanyWorld;

beforeAll(async () => {
  world = await createCompanyWorld();
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

const slotsOf = async (roundId: string) =>
  (await getMeetingRoundForBuyer(world.database.db, world.viewers.buyer, roundId)).slots;
const book = (viewer: keyof CompanyWorld["viewers"], slotId: string) =>
  bookMeetingSlot({ services: world.services, viewer: world.viewers[viewer], slotId });

describe("the company home's meetings", () => {
  it("shows on the company home: a round to book on a plan it is interested in, then its booking", async () => {
    const roundId = await createRound(world, { slotCount: 2 });
    const [slot] = await slotsOf(roundId);
    const home = (viewer: keyof CompanyWorld["viewers"], interestedPlanIds: string[]) =>
      listCompanyMeetings(world.database.db, world.viewers[viewer], "fi", { interestedPlanIds });
    const toBook = await home("kirkasMember", [world.plans.open]);
    expect(toBook.toBook.map((item) => item.roundId)).toContain(roundId);
    expect(toBook.booked.map((item) => item.roundId)).not.toContain(roundId);
    // Not interested in the plan: no round offered.
    expect((await home("kirkasMember", [])).toBook).toEqual([]);

    expect(await book("kirkasAdmin", slot?.id ?? "")).toMatchObject({ ok: true });
    const after = await home("kirkasMember", [world.plans.open]);
    expect(after.booked).toContainEqual(
      expect.objectContaining({
        roundId,
        startsAt: slot?.startsAt,
        roundTitle: "Markkinakeskustelut siivouksesta",
      }),
    );
    expect(after.toBook.map((item) => item.roundId)).not.toContain(roundId);
    // Another company sees the round still to book, never Kirkas's booking; a buyer has no company home.
    const ruoka = await home("ruokaAdmin", [world.plans.open]);
    expect(ruoka.booked.map((item) => item.roundId)).not.toContain(roundId);
    expect(ruoka.toBook.map((item) => item.roundId)).toContain(roundId);
    expect(await home("buyer", [world.plans.open])).toEqual({ booked: [], toBook: [] });
  });
});
