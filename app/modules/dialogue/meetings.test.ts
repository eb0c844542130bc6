import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { parseIcalStrictly } from "../../test/strict-ical.ts";
import { markInterest } from "../interest/index.server.ts";
import { mailOutbox } from "../mail/tables.ts";
import { bookMeetingSlot } from "./book-meeting-slot.server.ts";
import { cancelMeetingBooking } from "./cancel-meeting-booking.server.ts";
import { closeMeetingRound } from "./close-meeting-round.server.ts";
import { createMeetingRound } from "./create-meeting-round.server.ts";
import { eraseMeetingsDataOf, meetingsDataOfPerson } from "./meetings-personal-data.server.ts";
import { getMeetingIcal, getMeetingRoundForBuyer, getMeetingRoundPage } from "./meetings-queries.server.ts";
import { helsinkiTime, meetingRoundFormSchema, toHelsinkiInput } from "./meetings-schemas.ts";
import { dialogueMeetingRound } from "./meetings-tables.ts";
import { createRound, daysAhead } from "./meetings-test-fixtures.ts";
import { openMeetingRound } from "./open-meeting-round.server.ts";
import { publishMeetingSummary } from "./publish-meeting-summary.server.ts";
import { saveMeetingNotes } from "./save-meeting-notes.server.ts";
import { dialogueStep } from "./tables.ts";

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

describe("a meeting round's form", () => {
  const form = {
    title: { fi: "Keskustelut" },
    agenda: { fi: "Esityslista" },
    place: "Kaupungintalo",
    firstStart: "2030-01-15T09:00",
    slotMinutes: "45",
    breakMinutes: "15",
    slotCount: "3",
    bookingDeadline: "2030-01-10T16:00",
  };

  it("makes equal slots one after another in Finnish time", () => {
    const round = meetingRoundFormSchema.parse(form);
    expect(round.starts.map((start) => toHelsinkiInput(start))).toEqual([
      "2030-01-15T09:00",
      "2030-01-15T10:00",
      "2030-01-15T11:00",
    ]);
    expect(round.starts[0]?.toISOString()).toBe("2030-01-15T07:00:00.000Z");
    expect(helsinkiTime("2030-07-01T09:00")?.toISOString()).toBe("2030-07-01T06:00:00.000Z");
    expect(helsinkiTime("2030-02-30T09:00")).toBeNull();
  });

  it("asks for a place or a link, and a deadline before the first meeting", () => {
    const result = meetingRoundFormSchema.safeParse({
      ...form,
      place: "",
      onlineUrl: "javascript:alert(1)",
      bookingDeadline: "2030-01-16T09:00",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(messages).toMatchObject({ onlineUrl: "meetings.errors.onlineUrl" });
    const noPlace = meetingRoundFormSchema.safeParse({ ...form, place: "" });
    expect(noPlace.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["place", "meetings.errors.placeOrLink"],
    ]);
    const late = meetingRoundFormSchema.safeParse({ ...form, bookingDeadline: "2030-01-16T09:00" });
    expect(late.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["bookingDeadline", "meetings.errors.deadlineAfterStart"],
    ]);
  });
});

describe("offering a round", () => {
  it("is for the plan's buyers only; a company or another town's buyer is told the plan is not there", async () => {
    const input = meetingRoundFormSchema.parse({
      title: { fi: "Keskustelut" },
      agenda: { fi: "Esityslista" },
      place: "Kaupungintalo",
      firstStart: daysAhead(10),
      slotMinutes: "30",
      slotCount: "2",
      bookingDeadline: daysAhead(9),
    });
    for (const viewer of [world.viewers.kirkasAdmin, world.viewers.otherBuyer, null]) {
      await expect(
        createMeetingRound({ services: world.services, viewer, planId: world.plans.open, input }),
      ).rejects.toMatchObject({ code: "not_found" });
    }
  });

  it("refuses overlapping times given as a list", async () => {
    const start = new Date(Date.now() + 10 * 86_400_000);
    const result = await createMeetingRound({
      services: world.services,
      viewer: world.viewers.buyer,
      planId: world.plans.open,
      input: {
        title: { fi: "Keskustelut" },
        agenda: { fi: "Esityslista" },
        place: "Kaupungintalo",
        onlineUrl: null,
        slotMinutes: 30,
        bookingDeadline: new Date(Date.now() + 86_400_000),
        starts: [start, new Date(start.getTime() + 10 * 60_000)],
      },
    });
    expect(result).toEqual({ ok: false, errors: { firstStart: "meetings.errors.slotsOverlap" } });
  });

  it("keeps a draft from companies, and opens only on a public plan", async () => {
    const draft = await createRound(world, { open: false });
    const [slot] = await slotsOf(draft);
    await expect(
      getMeetingRoundPage(world.database.db, world.viewers.kirkasAdmin, world.plans.open, draft),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(book("kirkasAdmin", slot?.id ?? "")).rejects.toMatchObject({ code: "not_found" });
    const internal = await createRound(world, { open: false, planId: world.plans.internal });
    expect(
      await openMeetingRound({ services: world.services, viewer: world.viewers.buyer, roundId: internal }),
    ).toEqual({ ok: false, error: "planNotPublic" });
    // An interested company is told by e-mail the moment the round opens.
    await markInterest({
      services: world.services,
      viewer: world.viewers.kirkasAdmin,
      planId: world.plans.open,
      note: "",
    });
    expect(
      await openMeetingRound({ services: world.services, viewer: world.viewers.buyer, roundId: draft }),
    ).toEqual({
      ok: true,
    });
    const told = await world.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "yrjo@kirkas.example"));
    expect(told.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining("Tapaamisia tarjolla")]),
    );
    expect(
      await world.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, "liam@ruoka.example")),
    ).toEqual([]);
    const steps = await world.database.db
      .select({ kind: dialogueStep.kind, audience: dialogueStep.audience })
      .from(dialogueStep)
      .where(eq(dialogueStep.subjectId, draft));
    expect(steps).toEqual([{ kind: "meeting-round.opened", audience: "market" }]);
  });
});

describe("booking", () => {
  it("gives a company one slot a round, a slot to one company, and lets it cancel and book again", async () => {
    const roundId = await createRound(world);
    const [first, second] = await slotsOf(roundId);
    const kirkas = await book("kirkasAdmin", first?.id ?? "");
    expect(kirkas).toMatchObject({ ok: true });
    expect(await book("kirkasMember", second?.id ?? "")).toEqual({ ok: false, error: "alreadyBooked" });
    expect(await book("ruokaAdmin", first?.id ?? "")).toEqual({ ok: false, error: "slotTaken" });
    await expect(book("buyer", second?.id ?? "")).rejects.toMatchObject({ code: "forbidden" });

    // Ruoka sees the slot taken, never by whom.
    const page = await getMeetingRoundPage(
      world.database.db,
      world.viewers.ruokaAdmin,
      world.plans.open,
      roundId,
    );
    expect(page.slots.map((slot) => [slot.isTaken, slot.isOwn])).toEqual([
      [true, false],
      [false, false],
      [false, false],
    ]);
    expect(JSON.stringify(page)).not.toContain("Kirkas");
    expect(page.canBook).toBe(true);

    if (!kirkas.ok) throw new Error("unreachable");
    await expect(
      cancelMeetingBooking({
        services: world.services,
        viewer: world.viewers.ruokaAdmin,
        bookingId: kirkas.bookingId,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(
      await cancelMeetingBooking({
        services: world.services,
        viewer: world.viewers.kirkasMember,
        bookingId: kirkas.bookingId,
      }),
    ).toEqual({ ok: true });
    expect(
      await cancelMeetingBooking({
        services: world.services,
        viewer: world.viewers.kirkasMember,
        bookingId: kirkas.bookingId,
      }),
    ).toEqual({ ok: false, error: "notBooked" });
    expect(await book("ruokaAdmin", first?.id ?? "")).toMatchObject({ ok: true });
    expect(await book("kirkasAdmin", second?.id ?? "")).toMatchObject({ ok: true });

    const record = await world.database.db
      .select({
        kind: dialogueStep.kind,
        audience: dialogueStep.audience,
        organisationId: dialogueStep.organisationId,
      })
      .from(dialogueStep)
      .where(and(eq(dialogueStep.subjectId, roundId)))
      .orderBy(dialogueStep.createdAt);
    expect(record.map((step) => step.kind)).toEqual([
      "meeting-round.opened",
      "meeting.booked",
      "meeting.cancelled",
      "meeting.booked",
      "meeting.booked",
    ]);
    expect(record.slice(1).every((step) => step.audience === "company")).toBe(true);

    // Each booking and cancellation tells the company's representatives, with a link to the calendar file.
    // (Rounds opened while the company is interested in the plan mail it too: not counted here.)
    const mails = (
      await world.database.db
        .select({ to: mailOutbox.toAddress, subject: mailOutbox.subject, text: mailOutbox.textBody })
        .from(mailOutbox)
        .where(eq(mailOutbox.toAddress, "minna@kirkas.example"))
    ).filter((mail) => !mail.subject.startsWith("Tapaamisia tarjolla"));
    expect(mails).toHaveLength(3);
    expect(mails[0]?.text).toContain(`/fi/plans/${world.plans.open}/meetings/${roundId}/booking.ics`);
  });

  it("stops at the deadline, for bookings and cancellations alike", async () => {
    const roundId = await createRound(world);
    const [first, second] = await slotsOf(roundId);
    const booked = await book("kirkasAdmin", first?.id ?? "");
    await world.database.db
      .update(dialogueMeetingRound)
      .set({ bookingDeadline: new Date(Date.now() - 1000) })
      .where(eq(dialogueMeetingRound.id, roundId));
    expect(await book("ruokaAdmin", second?.id ?? "")).toEqual({ ok: false, error: "closed" });
    if (!booked.ok) throw new Error("booking refused");
    expect(
      await cancelMeetingBooking({
        services: world.services,
        viewer: world.viewers.kirkasAdmin,
        bookingId: booked.bookingId,
      }),
    ).toEqual({ ok: false, error: "closed" });
    const page = await getMeetingRoundPage(
      world.database.db,
      world.viewers.ruokaAdmin,
      world.plans.open,
      roundId,
    );
    expect(page.canBook).toBe(false);
  });
});

describe("after the meetings", () => {
  it("keeps the buyer's notes from companies and publishes the summary to everyone once the round is closed", async () => {
    const roundId = await createRound(world);
    const [first] = await slotsOf(roundId);
    const booked = await book("kirkasAdmin", first?.id ?? "");
    if (!booked.ok) throw new Error("booking refused");
    const notes = "Kirkas ehdotti pidempää sopimuskautta. Luottamuksellinen.";
    await expect(
      saveMeetingNotes({
        services: world.services,
        viewer: world.viewers.kirkasAdmin,
        bookingId: booked.bookingId,
        body: notes,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await saveMeetingNotes({
      services: world.services,
      viewer: world.viewers.buyer,
      bookingId: booked.bookingId,
      body: notes,
    });
    expect((await slotsOf(roundId))[0]?.booking).toMatchObject({
      company: "Siivouspalvelu Kirkas Oy",
      notes,
    });
    for (const viewer of [world.viewers.kirkasAdmin, world.viewers.ruokaAdmin, null]) {
      const page = await getMeetingRoundPage(world.database.db, viewer, world.plans.open, roundId);
      expect(JSON.stringify(page)).not.toContain("pidempää");
    }
    const steps = await world.database.db.select({ summary: dialogueStep.summary }).from(dialogueStep);
    expect(JSON.stringify(steps)).not.toContain("pidempää");

    const summary = { fi: "Yritykset toivoivat pidempiä sopimuskausia ja selkeää laatumittaristoa." };
    expect(
      await publishMeetingSummary({
        services: world.services,
        viewer: world.viewers.buyer,
        roundId,
        summary,
      }),
    ).toEqual({ ok: false, error: "wrongState" });
    expect(
      await closeMeetingRound({ services: world.services, viewer: world.viewers.buyer, roundId }),
    ).toEqual({ ok: true });
    expect(await book("ruokaAdmin", (await slotsOf(roundId))[1]?.id ?? "")).toEqual({
      ok: false,
      error: "closed",
    });
    expect(
      await publishMeetingSummary({
        services: world.services,
        viewer: world.viewers.buyer,
        roundId,
        summary,
      }),
    ).toEqual({ ok: true });
    const page = await getMeetingRoundPage(world.database.db, null, world.plans.open, roundId);
    expect(page.round.summary).toEqual(summary);
    expect(page.canBook).toBe(false);
  });
});

describe("the calendar file", () => {
  it("is strict iCalendar for the booking company only, with hostile text escaped", async () => {
    const roundId = await createRound(world);
    await world.database.db
      .update(dialogueMeetingRound)
      .set({
        title: {
          fi: "Neuvottelu; hinnat, laatu \\ ja 🧹 siivous – erittäin pitkä otsikko joka taittuu monelle riville",
        },
      })
      .where(eq(dialogueMeetingRound.id, roundId));
    const [first] = await slotsOf(roundId);
    await book("kirkasAdmin", first?.id ?? "");
    const options = {
      planId: world.plans.open,
      roundId,
      locale: "fi" as const,
      publicUrl: "http://localhost:3000",
      describe: () => "Esityslista:\n1. Esittely",
    };
    const calendar = await getMeetingIcal(world.database.db, world.viewers.kirkasMember, options);
    const parsed = parseIcalStrictly(calendar);
    const event = parsed.getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("summary")).toContain("Neuvottelu; hinnat, laatu \\ ja 🧹");
    expect(String(event?.getFirstPropertyValue("dtstart"))).toBe(
      `${first?.startsAt.toISOString().slice(0, 19)}Z`,
    );
    expect(event?.getFirstPropertyValue("location")).toBe("Espoon kaupungintalo, Asemakuja 2");
    await expect(getMeetingIcal(world.database.db, world.viewers.ruokaAdmin, options)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("a person's meeting data", () => {
  it("is in their export, and erasing forgets who booked while the booking stays", async () => {
    const roundId = await createRound(world);
    const [first] = await slotsOf(roundId);
    const booked = await book("ruokaAdmin", first?.id ?? "");
    if (!booked.ok) throw new Error("booking refused");
    const userId = world.viewers.ruokaAdmin.userId;
    const exported = await meetingsDataOfPerson(world.database.db, userId);
    expect(exported.meetingBookings.map((row) => row.id)).toContain(booked.bookingId);
    await eraseMeetingsDataOf(world.database.db, userId);
    expect((await meetingsDataOfPerson(world.database.db, userId)).meetingBookings).toEqual([]);
    expect((await slotsOf(roundId))[0]?.booking?.company).toBe("Lähiruoka Catering Oy");
  });
});
