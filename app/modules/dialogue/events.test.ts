import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { parseIcalStrictly } from "../../test/strict-ical.ts";
import { markInterest } from "../interest/index.server.ts";
import { mailOutbox } from "../mail/tables.ts";
import { saveWatch } from "../watches/index.server.ts";
import { watchFormInput, watchSchema } from "../watches/index.ts";
import { watchesNotification } from "../watches/tables.ts";
import { cancelEvent } from "./cancel-event.server.ts";
import { cancelEventRegistration } from "./cancel-event-registration.server.ts";
import { createEvent } from "./create-event.server.ts";
import { listEventCalendar, publicEventsIcal } from "./events-calendar-queries.server.ts";
import { eraseEventsDataOf, eventsDataOfPerson } from "./events-personal-data.server.ts";
import {
  getEventForBuyer,
  getEventPage,
  getRegistrationIcal,
  listCompanyEventRegistrations,
} from "./events-queries.server.ts";
import { eventFormSchema, eventMinutesSchema, eventRegistrationSchema } from "./events-schemas.ts";
import { dialogueEvent, dialogueEventRegistration } from "./events-tables.ts";
import { createTestEvent, eventForm } from "./events-test-fixtures.ts";
import { daysAhead } from "./meetings-test-fixtures.ts";
import { listPublicDialogue } from "./public-dialogue-queries.server.ts";
import { publishEvent } from "./publish-event.server.ts";
import { publishEventMinutes } from "./publish-event-minutes.server.ts";
import { registerForEvent } from "./register-for-event.server.ts";
import { sendEventReminders } from "./send-event-reminders.server.ts";
import { dialogueStep } from "./tables.ts";
import { updateEvent } from "./update-event.server.ts";

let world: CompanyWorld;

beforeAll(async () => {
  world = await createCompanyWorld();
  await markInterest({
    services: world.services,
    viewer: world.viewers.kirkasAdmin,
    planId: world.plans.open,
    note: "",
  });
  const watch = await saveWatch({
    db: world.database.db,
    viewer: world.viewers.resident,
    input: watchSchema.parse(
      watchFormInput(new URLSearchParams({ name: "Kaikki", event: "dialogue-published", instant: "on" })),
    ),
  });
  if (!watch.ok) throw new Error("no watch");
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

const register = (
  viewer: keyof CompanyWorld["viewers"],
  eventId: string,
  form: Record<string, string> = {},
) =>
  registerForEvent({
    services: world.services,
    viewer: world.viewers[viewer],
    eventId,
    input: eventRegistrationSchema.parse({ attendeeCount: "1", attendees: "", needs: "", ...form }),
  });
const mailsTo = (address: string) =>
  world.database.db
    .select({ subject: mailOutbox.subject, text: mailOutbox.textBody, calendar: mailOutbox.calendar })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, address));
const stepsOf = (eventId: string) =>
  world.database.db
    .select({ kind: dialogueStep.kind, audience: dialogueStep.audience })
    .from(dialogueStep)
    .where(eq(dialogueStep.subjectId, eventId));

describe("an event's form", () => {
  it("asks for an address on site, a link online, an end after the start and registration before it", () => {
    const issues = (form: Record<string, unknown>) =>
      eventFormSchema
        .safeParse(eventForm(form))
        .error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues({ format: "on-site", address: "" })).toEqual([["address", "events.errors.addressNeeded"]]);
    expect(issues({ format: "online", onlineUrl: "" })).toEqual([["onlineUrl", "events.errors.linkNeeded"]]);
    expect(issues({ onlineUrl: "javascript:alert(1)" })?.[0]).toEqual([
      "onlineUrl",
      "events.errors.onlineUrl",
    ]);
    expect(issues({ endsAt: eventForm().startsAt })).toEqual([["endsAt", "events.errors.endBeforeStart"]]);
    expect(issues({ registrationClosesAt: eventForm().endsAt })).toEqual([
      ["registrationClosesAt", "events.errors.closesAfterStart"],
    ]);
    expect(issues({ kind: "party", capacity: "0" })?.map(([path]) => path)).toEqual(["kind", "capacity"]);
    // What a format does not use is not kept.
    expect(eventFormSchema.parse(eventForm({ format: "on-site" })).onlineUrl).toBeNull();
  });

  it("takes attendees one a line, never more names than seats", () => {
    expect(
      eventRegistrationSchema.parse({ attendeeCount: "2", attendees: "Anna\n\n Ben ", needs: "" }),
    ).toEqual({
      attendeeCount: 2,
      attendees: ["Anna", "Ben"],
      needs: null,
    });
    expect(
      eventRegistrationSchema.safeParse({ attendeeCount: "1", attendees: "Anna\nBen" }).error?.issues[0]
        ?.message,
    ).toBe("events.errors.moreNamesThanAttendees");
  });
});

describe("holding an event", () => {
  it("is for the plan's buyers only", async () => {
    for (const viewer of [world.viewers.kirkasAdmin, world.viewers.otherBuyer, null])
      await expect(
        createEvent({
          services: world.services,
          viewer,
          planId: world.plans.open,
          input: eventFormSchema.parse(eventForm()),
        }),
      ).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps a draft from companies; publishing invites the interested companies, on a public plan only", async () => {
    const draft = await createTestEvent(world, { publish: false });
    await expect(
      getEventPage(world.database.db, world.viewers.kirkasAdmin, world.plans.open, draft),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    const internal = await createTestEvent(world, { publish: false, planId: world.plans.internal });
    expect(
      await publishEvent({ services: world.services, viewer: world.viewers.buyer, eventId: internal }),
    ).toEqual({
      ok: false,
      error: "planNotPublic",
    });
    expect(
      await publishEvent({ services: world.services, viewer: world.viewers.buyer, eventId: draft }),
    ).toEqual({ ok: true });
    expect((await mailsTo("yrjo@kirkas.example")).map((mail) => mail.subject)).toContain(
      "Kutsu tilaisuuteen: Siivouksen markkinainfo",
    );
    expect(await mailsTo("liam@ruoka.example")).toEqual([]);
    expect(await stepsOf(draft)).toEqual([{ kind: "event.published", audience: "market" }]);
  });
});

describe("registering", () => {
  it("gives seats while they last, then the waitlist; the link only to those with a seat", async () => {
    const eventId = await createTestEvent(world, { capacity: 2 });
    expect(
      await register("kirkasAdmin", eventId, { needs: "Pyörätuoliluiska", attendees: "Yrjö Yrittäjä" }),
    ).toMatchObject({
      ok: true,
      status: "confirmed",
    });
    expect(await register("kirkasMember", eventId)).toEqual({ ok: false, error: "alreadyRegistered" });
    expect(await register("ruokaAdmin", eventId, { attendeeCount: "2" })).toMatchObject({
      ok: true,
      status: "waitlisted",
    });
    const kirkas = await getEventPage(
      world.database.db,
      world.viewers.kirkasAdmin,
      world.plans.open,
      eventId,
    );
    expect(kirkas.onlineUrl).toBe("https://meet.example/espoo-info-secret");
    expect(kirkas).toMatchObject({ seatsLeft: 1, waitlisted: 1, canRegister: false, canCancel: true });
    const ruoka = await getEventPage(world.database.db, world.viewers.ruokaAdmin, world.plans.open, eventId);
    expect(ruoka.onlineUrl).toBeNull();
    expect(ruoka.own).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    const visitor = await getEventPage(world.database.db, null, world.plans.open, eventId);
    expect(visitor.onlineUrl).toBeNull();
    expect(JSON.stringify(visitor)).not.toContain("Pyörätuoliluiska");
    const buyer = await getEventForBuyer(world.database.db, world.viewers.buyer, world.plans.open, eventId);
    expect(buyer.registrations.map((r) => [r.company, r.status, r.needs])).toEqual([
      ["Siivouspalvelu Kirkas Oy", "confirmed", "Pyörätuoliluiska"],
      ["Lähiruoka Catering Oy", "waitlisted", null],
    ]);
    await expect(
      getEventForBuyer(world.database.db, world.viewers.otherBuyer, world.plans.open, eventId),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    // The confirmation carries the calendar; the file parses strictly and has the link.
    const confirmed = (await mailsTo("minna@kirkas.example")).find((mail) =>
      mail.subject.startsWith("Ilmoittautuminen vahvistettu"),
    );
    expect(confirmed?.calendar?.filename).toBe("event.ics");
    const calendar = parseIcalStrictly(confirmed?.calendar?.content ?? "");
    expect(calendar.getFirstSubcomponent("vevent")?.getFirstPropertyValue("summary")).toBe(
      "Siivouksen markkinainfo",
    );
    expect(confirmed?.calendar?.content).toContain("espoo-info-secret");
    const file = await getRegistrationIcal(world.database.db, world.viewers.kirkasAdmin, {
      planId: world.plans.open,
      eventId,
      locale: "fi",
      publicUrl: world.services.publicUrl,
    });
    parseIcalStrictly(file);
    await expect(
      getRegistrationIcal(world.database.db, world.viewers.ruokaAdmin, {
        planId: world.plans.open,
        eventId,
        locale: "fi",
        publicUrl: world.services.publicUrl,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await mailsTo("liam@ruoka.example")).map((mail) => [mail.subject, mail.calendar])).toEqual([
      ["På reservlistan: Siivouksen markkinainfo", null],
    ]);
    expect(
      (await listCompanyEventRegistrations(world.services, { viewer: world.viewers.ruokaAdmin })).map(
        (r) => r.status,
      ),
    ).toContain("waitlisted");

    // A cancellation frees the seat for the first in the queue, who is e-mailed the invitation.
    expect(
      await cancelEventRegistration({
        services: world.services,
        viewer: world.viewers.kirkasMember,
        eventId,
      }),
    ).toEqual({
      ok: true,
      promoted: 1,
    });
    const promoted = (await mailsTo("liam@ruoka.example")).find((mail) =>
      mail.subject.startsWith("En plats blev ledig"),
    );
    parseIcalStrictly(promoted?.calendar?.content ?? "");
    expect(
      await cancelEventRegistration({ services: world.services, viewer: world.viewers.kirkasAdmin, eventId }),
    ).toEqual({
      ok: false,
      error: "notRegistered",
    });
    // Registering again joins the end of the queue: ruoka holds both seats.
    expect(await register("kirkasAdmin", eventId)).toMatchObject({ ok: true, status: "waitlisted" });
    expect((await stepsOf(eventId)).map((step) => `${step.kind}/${step.audience}`).sort()).toEqual(
      [
        "event.published/market",
        "event.registered/company",
        "event.registered/company",
        "event.cancelled-registration/company",
        "event.promoted/company",
        "event.registered/company",
      ].sort(),
    );
    // Capacity cannot drop below the confirmed seats; raising it promotes at once.
    const form = (capacity: string) => eventFormSchema.parse(eventForm({ capacity }));
    expect(
      await updateEvent({ services: world.services, viewer: world.viewers.buyer, eventId, input: form("1") }),
    ).toEqual({ ok: false, error: "capacityBelowConfirmed" });
    expect(
      await updateEvent({ services: world.services, viewer: world.viewers.buyer, eventId, input: form("3") }),
    ).toEqual({ ok: true, promoted: 1 });
  });

  it("is refused on a closed, cancelled or draft event", async () => {
    const draft = await createTestEvent(world, { publish: false });
    await expect(register("kirkasAdmin", draft)).rejects.toMatchObject({ code: "not_found" });
    const eventId = await createTestEvent(world);
    await register("kirkasAdmin", eventId);
    expect(await cancelEvent({ services: world.services, viewer: world.viewers.buyer, eventId })).toEqual({
      ok: true,
    });
    expect((await mailsTo("yrjo@kirkas.example")).map((mail) => mail.subject)).toContain(
      "Tilaisuus peruttu: Siivouksen markkinainfo",
    );
    expect(await register("ruokaAdmin", eventId)).toEqual({ ok: false, error: "closed" });
    expect(await stepsOf(eventId)).toContainEqual({ kind: "event.cancelled", audience: "market" });
    await expect(register("resident", eventId)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the reminder a day before", () => {
  it("goes to the companies with a seat exactly once", async () => {
    const form = {
      startsAt: daysAhead(12, "09:00"),
      endsAt: daysAhead(12, "10:00"),
      registrationClosesAt: daysAhead(11),
    };
    const eventId = await createTestEvent(world, { form });
    await register("kirkasAdmin", eventId);
    const [event] = await world.database.db.select().from(dialogueEvent).where(eq(dialogueEvent.id, eventId));
    const startsAt = event?.startsAt ?? new Date();
    const dayBefore = new Date(startsAt.getTime() - 24 * 3_600_000);
    expect(
      (
        await sendEventReminders({
          services: world.services,
          now: new Date(startsAt.getTime() - 30 * 3_600_000),
        })
      ).events,
    ).toBe(0);
    const first = await sendEventReminders({ services: world.services, now: dayBefore });
    expect(first).toEqual({ events: 1, mails: 2 });
    expect(
      await sendEventReminders({
        services: world.services,
        now: new Date(dayBefore.getTime() + 15 * 60_000),
      }),
    ).toEqual({
      events: 0,
      mails: 0,
    });
    const reminders = (await mailsTo("yrjo@kirkas.example")).filter((mail) =>
      mail.subject.startsWith("Muistutus"),
    );
    expect(reminders).toHaveLength(1);
    parseIcalStrictly(reminders[0]?.calendar?.content ?? "");
  });
});

describe("minutes and materials", () => {
  it("go to every interested and registered company after the event, and to the public page", async () => {
    const eventId = await createTestEvent(world);
    await register("ruokaAdmin", eventId);
    const input = eventMinutesSchema.parse({
      minutes: { fi: "Keskusteltiin hinnoittelusta." },
      materials: { fi: "https://espoo.example/diat.pdf" },
    });
    expect(
      await publishEventMinutes({ services: world.services, viewer: world.viewers.buyer, eventId, input }),
    ).toEqual({
      ok: false,
      error: "notHeldYet",
    });
    await world.database.db
      .update(dialogueEvent)
      .set({
        startsAt: new Date(Date.now() - 3 * 3_600_000),
        endsAt: new Date(Date.now() - 3_600_000),
        registrationClosesAt: new Date(Date.now() - 4 * 3_600_000),
      })
      .where(eq(dialogueEvent.id, eventId));
    expect(
      await publishEventMinutes({ services: world.services, viewer: world.viewers.buyer, eventId, input }),
    ).toEqual({ ok: true });
    for (const address of ["yrjo@kirkas.example", "minna@kirkas.example", "liam@ruoka.example"])
      expect((await mailsTo(address)).map((mail) => mail.subject)).toEqual(
        expect.arrayContaining([expect.stringMatching(/muistio julkaistu|minnesanteckningar publicerade/)]),
      );
    expect(await stepsOf(eventId)).toContainEqual({ kind: "event.minutes-published", audience: "public" });
    // A watcher who follows the market dialogue of such plans is told through their watch.
    const told = await world.database.db
      .select({ userId: watchesNotification.userId, event: watchesNotification.event })
      .from(watchesNotification)
      .where(eq(watchesNotification.subjectId, eventId));
    expect(told).toEqual([{ userId: "user-resident", event: "dialogue-published" }]);
    const page = await getEventPage(world.database.db, null, world.plans.open, eventId);
    expect(page.event.minutes).toEqual({ fi: "Keskusteltiin hinnoittelusta." });
  });
});

describe("the public calendar and feed", () => {
  it("list published events of public plans without links or attendee data, and parse strictly", async () => {
    const eventId = await createTestEvent(world);
    await register("kirkasAdmin", eventId, { needs: "Gluteeniton" });
    await createTestEvent(world, { publish: false });
    const { body } = await publicEventsIcal(world.database.db, {
      publicUrl: world.services.publicUrl,
      locale: "fi",
    });
    const calendar = parseIcalStrictly(body);
    expect(calendar.getAllSubcomponents("vevent").length).toBeGreaterThan(0);
    expect(body).not.toContain("espoo-info-secret");
    expect(body).not.toContain("Gluteeniton");
    expect(body).not.toContain("Kirkas");
    const page = await listEventCalendar(world.database.db, {
      page: 1,
      kind: "info-session",
      organisation: "espoo",
    });
    expect(page.events.map((event) => event.id)).toContain(eventId);
    expect(JSON.stringify(page)).not.toContain("espoo-info-secret");
    expect((await listEventCalendar(world.database.db, { page: 1, organisation: "vantaa" })).events).toEqual(
      [],
    );
    expect((await listEventCalendar(world.database.db, { page: 1, kind: "webinar" })).events).toEqual([]);
    // Open data (the OCDS milestones) has the published event of a public plan, nothing of another.
    const openData = await listPublicDialogue(world.database.db, {
      planIds: [world.plans.open, world.plans.internal],
      locale: "fi",
    });
    expect(openData.get(world.plans.open)?.milestones.map((step) => step.id)).toContain(eventId);
    expect(openData.get(world.plans.internal)).toBeUndefined();
  });
});

describe("personal data", () => {
  it("exports and erases the registrations' names and needs", async () => {
    const eventId = await createTestEvent(world);
    await register("ruokaAdmin", eventId, { attendees: "Liam Lindqvist", needs: "Vegaaninen" });
    const exported = await eventsDataOfPerson(world.database.db, "user-ruokaAdmin");
    expect(exported.dialogueEventRegistrations.map((r) => r.needs)).toContain("Vegaaninen");
    await eraseEventsDataOf(world.database.db, "user-ruokaAdmin");
    const [row] = await world.database.db
      .select()
      .from(dialogueEventRegistration)
      .where(and(eq(dialogueEventRegistration.eventId, eventId)));
    expect(row).toMatchObject({ registeredBy: null, attendees: [], needs: null, status: "confirmed" });
  });
});
