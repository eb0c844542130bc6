import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialogueMeetingSlot } from "../../app/modules/dialogue/meetings-tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { createOcdsValidators } from "../../app/test/ocds-schemas.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { parseIcalStrictly } from "../../app/test/strict-ical.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 13 point 3 without JavaScript, through the built server: the buyer offers a round and opens
// it, a company books a slot with a plain form post, gets its calendar file, cancels and books again;
// another company finds the slot taken; the buyer writes private notes, closes the round and publishes
// a summary everyone reads.

let server: TestServer;
let planId = "";
let buyer = "";
let kirkas = "";
let catering = "";

const wallClock = (days: number, time: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
const page = async (path: string, cookie?: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
  return { status: response.status, html: await response.text(), response };
};

beforeAll(async () => {
  server = await startTestServer();
  const [espoo] = await server.services.database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  planId = await createFixturePlan(server.services.database, espoo?.id ?? "", {
    title: { fi: "Tapaamisten suunnitelma" },
  });
  buyer = await logInAs(server.url, "asiantuntija@espoo.example");
  kirkas = await logInAs(server.url, "yrittaja@kirkas.example");
  catering = await logInAs(server.url, "catering@lahiruoka.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

describe("one-to-one meetings without JavaScript", () => {
  it("go from a buyer's draft to a booked, cancelled, rebooked and summarised round", async () => {
    const workspace = `/fi/workspace/plans/${planId}/meetings`;
    expect((await page(`/fi/workspace/plans/${planId}`, buyer)).html).toContain(`href="${workspace}"`);
    const form = {
      "title.fi": "Siivouksen markkinakeskustelut",
      "title.sv": "",
      "title.en": "",
      "agenda.fi": "1. Yrityksen esittely\n2. Laatumittarit",
      "agenda.sv": "",
      "agenda.en": "",
      place: "Espoon kaupungintalo",
      onlineUrl: "https://meet.example/espoo",
      firstStart: wallClock(10, "09:00"),
      slotMinutes: "30",
      breakMinutes: "0",
      slotCount: "3",
      bookingDeadline: wallClock(9, "16:00"),
    };
    const untitled = await postForm(server.url, workspace, { ...form, "title.fi": "" }, buyer);
    expect(untitled.status).toBe(400);
    expect(await untitled.text()).toContain('id="meeting-title-fi-error"');
    const nowhere = await postForm(server.url, workspace, { ...form, place: "", onlineUrl: "" }, buyer);
    expect(nowhere.status).toBe(400);
    expect(await nowhere.text()).toContain("Anna tapaamispaikka tai etäyhteyden linkki.");

    const created = await postForm(server.url, workspace, form, buyer);
    expect(created.status).toBe(302);
    const roundPath = created.headers.get("location")?.split("?")[0] ?? "";
    const roundId = roundPath.split("/").at(-1) ?? "";
    const publicPath = `/fi/plans/${planId}/meetings/${roundId}`;
    expect((await page(publicPath, kirkas)).status).toBe(404); // a draft is the buyer's own

    expect((await postForm(server.url, roundPath, { intent: "open" }, buyer)).status).toBe(302);
    const slots = await server.services.database.db
      .select({ id: dialogueMeetingSlot.id })
      .from(dialogueMeetingSlot)
      .where(eq(dialogueMeetingSlot.roundId, roundId))
      .orderBy(dialogueMeetingSlot.startsAt);
    const [first, second] = slots.map((slot) => slot.id);

    expect((await page(`/fi/plans/${planId}`)).html).toContain(`href="${publicPath}"`);
    const anonymous = await page(publicPath);
    expect(anonymous.status).toBe(200);
    expect(anonymous.html).toContain("Kirjaudu sisään yrityksen edustajana varataksesi ajan.");
    expect((await page(publicPath, buyer)).html).toContain("Tapaamisia voivat varata yritysten edustajat.");

    const booked = await postForm(server.url, publicPath, { intent: "book", slotId: first ?? "" }, kirkas);
    expect(booked.status).toBe(302);
    expect(booked.headers.get("location")).toBe(`${publicPath}?done=booked`);
    const own = await page(publicPath, kirkas);
    expect(own.html).toContain("Yrityksesi varaus");
    expect(own.html).toContain('id="meeting-ics"');

    const ics = await page(`${publicPath}/booking.ics`, kirkas);
    expect(ics.status).toBe(200);
    expect(ics.response.headers.get("content-type")).toContain("text/calendar");
    const event = parseIcalStrictly(ics.html).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("summary")).toBe("Siivouksen markkinakeskustelut");
    expect((await page(`${publicPath}/booking.ics`, catering)).status).toBe(404);

    const taken = await postForm(server.url, publicPath, { intent: "book", slotId: first ?? "" }, catering);
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain("Joku ehti varata tämän ajan.");
    const twice = await postForm(server.url, publicPath, { intent: "book", slotId: second ?? "" }, kirkas);
    expect(twice.status).toBe(409);

    expect((await postForm(server.url, publicPath, { intent: "cancel" }, kirkas)).status).toBe(302);
    expect(
      (await postForm(server.url, publicPath, { intent: "book", slotId: first ?? "" }, catering)).status,
    ).toBe(302);
    expect(
      (await postForm(server.url, publicPath, { intent: "book", slotId: second ?? "" }, kirkas)).status,
    ).toBe(302);

    const buyerView = await page(roundPath, buyer);
    expect(buyerView.html).toContain("Varannut: Siivouspalvelu Kirkas Oy");
    const bookingId = /id="slot-([0-9a-f-]{36})"/.exec(buyerView.html)?.[1] ?? "";
    const notes = "Luottamuksellinen muistiinpano hinnoittelusta";
    expect(
      (await postForm(server.url, roundPath, { intent: "notes", bookingId, body: notes }, buyer)).status,
    ).toBe(302);
    expect((await page(roundPath, buyer)).html).toContain(notes);
    expect((await page(publicPath, kirkas)).html).not.toContain(notes);

    expect((await postForm(server.url, roundPath, { intent: "close" }, buyer)).status).toBe(302);
    const summary = "Yritykset toivoivat selkeitä laatumittareita.";
    expect(
      (await postForm(server.url, roundPath, { intent: "summary", "summary.fi": summary }, buyer)).status,
    ).toBe(302);
    const list = await page(`/fi/plans/${planId}/meetings`);
    expect(list.status).toBe(200);
    expect(list.html).toContain(summary);
    expect(list.html).not.toContain(notes);
    expect(list.html).not.toContain("Kirkas");

    // Open data: the round is a met engagement milestone of the plan's OCDS release and the summary a
    // planning document linking the round's page; still valid, with nothing private.
    const ocid = `${server.services.ocdsOcidPrefix}-${planId}`;
    const record = await (await fetch(`${server.url}/api/v1/ocds/records/${ocid}`)).json();
    const planning = record.records[0].compiledRelease.planning;
    expect(planning.milestones).toContainEqual(
      expect.objectContaining({
        id: `meeting-round-${roundId}`,
        type: "engagement",
        code: "oneToOneMeetings",
        title: "Siivouksen markkinakeskustelut",
        status: "met",
      }),
    );
    expect(planning.documents).toContainEqual(
      expect.objectContaining({
        id: `meeting-round-summary-${roundId}`,
        documentType: "marketStudies",
        description: summary,
        url: `${server.services.publicUrl}/fi/plans/${planId}/meetings/${roundId}`,
      }),
    );
    expect(createOcdsValidators().recordPackageErrors(record)).toBe("");
    for (const hidden of [notes, "Kirkas", "meet.example"])
      expect(JSON.stringify(record), hidden).not.toContain(hidden);
  });
});
