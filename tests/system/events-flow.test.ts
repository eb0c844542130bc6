import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dialogueEvent } from "../../app/modules/dialogue/events-tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { readValidOcdsRecord } from "../../app/test/ocds-record.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { parseIcalStrictly } from "../../app/test/strict-ical.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../app/test/test-smtp-server.ts";

// Issue 13 point 2 without JavaScript, through the built server and a real SMTP server: the buyer creates
// an event for one seat and publishes it; the interested catering company is invited; the cleaning
// company registers and gets the invitation with a calendar; the catering company queues; the cleaning
// company cancels and the catering company is promoted by e-mail with its calendar; the online link is
// only ever on the page of the company with the seat; the calendar page and the public feed list the
// event without the link; after the event the buyer publishes the minutes to every interested company.

let server: TestServer;
let smtp: TestSmtpServer;
let planId = "";
let buyer = "";
let kirkas = "";
let catering = "";
const secretLink = "https://meet.example/espoo-salainen-tilaisuus";
const needs = "Pyörätuolipaikka ja gluteeniton";

const wallClock = (days: number, time: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
const page = async (path: string, cookie?: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
  return { status: response.status, html: await response.text(), response };
};
const toOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text) ?? "";
async function mailTo(address: string, subject: RegExp): Promise<ParsedMail> {
  await vi.waitFor(
    () => expect(smtp.received.some((m) => toOf(m) === address && subject.test(m.subject ?? ""))).toBe(true),
    { timeout: 20_000, interval: 100 },
  );
  return smtp.received.find((m) => toOf(m) === address && subject.test(m.subject ?? "")) as ParsedMail;
}
const calendarOf = (mail: ParsedMail) =>
  mail.attachments
    .find((attachment) => attachment.contentType.startsWith("text/calendar"))
    ?.content.toString("utf8") ?? "";

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url });
  const [espoo] = await server.services.database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  planId = await createFixturePlan(server.services.database, espoo?.id ?? "", {
    title: { fi: "Tilaisuuksien suunnitelma" },
  });
  buyer = await logInAs(server.url, "asiantuntija@espoo.example");
  kirkas = await logInAs(server.url, "yrittaja@kirkas.example");
  catering = await logInAs(server.url, "catering@lahiruoka.example");
}, 120_000);
afterAll(async () => {
  await server?.dispose();
  await smtp?.close();
});

describe("dialogue events without JavaScript", () => {
  it("go from a draft to invitations, a waitlist, a promotion, a feed and published minutes", async () => {
    expect(
      (
        await postForm(
          server.url,
          `/fi/plans/${planId}/interest`,
          { intent: "interested", note: "" },
          catering,
        )
      ).status,
    ).toBe(302);
    const workspace = `/fi/workspace/plans/${planId}/events`;
    expect((await page(`/fi/workspace/plans/${planId}`, buyer)).html).toContain(`href="${workspace}"`);
    const form = {
      kind: "info-session",
      format: "hybrid",
      "title.fi": "Ruokapalvelujen markkinainfo",
      "title.sv": "",
      "title.en": "",
      "agenda.fi": "1. Tausta\n2. Kysymykset",
      "agenda.sv": "",
      "agenda.en": "",
      address: "Espoon kaupungintalo",
      onlineUrl: secretLink,
      startsAt: wallClock(10, "13:00"),
      endsAt: wallClock(10, "15:00"),
      language: "fi",
      capacity: "1",
      registrationClosesAt: wallClock(9, "16:00"),
    };
    const bad = await postForm(
      server.url,
      workspace,
      { ...form, onlineUrl: "", endsAt: form.startsAt },
      buyer,
    );
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('id="event-onlineUrl-error"');
    expect(badHtml).toContain("Päättymisajan pitää olla alkamisajan jälkeen.");

    const created = await postForm(server.url, workspace, form, buyer);
    expect(created.status).toBe(302);
    const eventPath = created.headers.get("location")?.split("?")[0] ?? "";
    const eventId = eventPath.split("/").at(-1) ?? "";
    const publicPath = `/fi/plans/${planId}/events/${eventId}`;
    expect((await page(publicPath, kirkas)).status).toBe(404); // a draft is the buyer's own
    expect((await postForm(server.url, eventPath, { intent: "publish" }, buyer)).status).toBe(302);
    await mailTo(
      "catering@lahiruoka.example",
      /Kutsu tilaisuuteen|Inbjudan till evenemang|Invitation to an event/,
    );

    expect((await page(`/fi/plans/${planId}`)).html).toContain(`href="${publicPath}"`);
    const anonymous = await page(publicPath);
    expect(anonymous.status).toBe(200);
    expect(anonymous.html).toContain("Kirjaudu sisään yrityksen edustajana ilmoittautuaksesi.");
    expect(anonymous.html).not.toContain(secretLink);

    const registered = await postForm(
      server.url,
      publicPath,
      { intent: "register", attendeeCount: "1", attendees: "Yrjö Yrittäjä", needs },
      kirkas,
    );
    expect(registered.headers.get("location")).toBe(`${publicPath}?done=confirmed`);
    const own = await page(publicPath, kirkas);
    expect(own.html).toContain(secretLink);
    expect(own.html).toContain('id="event-ics"');
    const confirmation = await mailTo("yrittaja@kirkas.example", /Ilmoittautuminen vahvistettu/);
    const invitation = parseIcalStrictly(calendarOf(confirmation)).getFirstSubcomponent("vevent");
    expect(invitation?.getFirstPropertyValue("summary")).toBe("Ruokapalvelujen markkinainfo");
    const ics = await page(`${publicPath}/registration.ics`, kirkas);
    expect(ics.response.headers.get("content-type")).toContain("text/calendar");
    parseIcalStrictly(ics.html);
    expect((await page(`${publicPath}/registration.ics`, catering)).status).toBe(404);

    const queued = await postForm(
      server.url,
      publicPath,
      { intent: "register", attendeeCount: "1", attendees: "", needs: "" },
      catering,
    );
    expect(queued.headers.get("location")).toBe(`${publicPath}?done=waitlisted`);
    const waiting = await page(publicPath, catering);
    expect(waiting.html).not.toContain(secretLink);
    expect(waiting.html).not.toContain(needs);
    const tooMany = await postForm(
      server.url,
      publicPath,
      { intent: "register", attendeeCount: "x" },
      catering,
    );
    expect(tooMany.status).toBe(400);

    const buyerView = await page(eventPath, buyer);
    expect(buyerView.html).toContain(needs);
    expect(buyerView.html).toContain("Siivouspalvelu Kirkas Oy");
    expect((await postForm(server.url, eventPath, { intent: "cancel" }, buyer)).status).toBe(400); // unconfirmed

    expect((await postForm(server.url, publicPath, { intent: "cancel" }, kirkas)).status).toBe(302);
    const promoted = await mailTo(
      "catering@lahiruoka.example",
      /Paikka vapautui|En plats blev ledig|A seat became free/,
    );
    parseIcalStrictly(calendarOf(promoted));
    expect((await page(publicPath, catering)).html).toContain(secretLink);
    expect((await page(publicPath, kirkas)).html).not.toContain(secretLink);

    const calendar = await page("/fi/events?kind=info-session");
    expect(calendar.html).toContain(`href="${publicPath}"`);
    expect(calendar.html).toContain('href="/api/v1/events.ics?lang=fi"');
    expect((await page("/fi/events?kind=webinar")).html).toContain("Valinnoilla ei löytynyt tilaisuuksia.");
    expect((await page("/fi/events?month=2026-13")).status).toBe(400);
    const feed = await page("/api/v1/events.ics?lang=sv");
    expect(feed.status).toBe(200);
    parseIcalStrictly(feed.html);
    expect(feed.html).toContain(eventId);
    expect(feed.html).not.toContain(secretLink);
    expect(feed.html).not.toContain("gluteeniton");
    expect((await page("/api/v1/events.ics?lang=xx")).status).toBe(400);

    // After the event: the minutes go to every interested company and onto the public page.
    await server.services.database.db
      .update(dialogueEvent)
      .set({
        startsAt: new Date(Date.now() - 2 * 3_600_000),
        endsAt: new Date(Date.now() - 3_600_000),
        registrationClosesAt: new Date(Date.now() - 3 * 3_600_000),
      })
      .where(eq(dialogueEvent.id, eventId));
    const minutes = "Yritykset toivoivat pidempää sopimuskautta.";
    expect(
      (
        await postForm(
          server.url,
          eventPath,
          { intent: "minutes", "minutes.fi": minutes, "materials.fi": "Diat" },
          buyer,
        )
      ).headers.get("location"),
    ).toBe(`${eventPath}?done=minutes`);
    await mailTo(
      "catering@lahiruoka.example",
      /muistio julkaistu|minnesanteckningar publicerade|minutes published/,
    );
    await mailTo("yrittaja@kirkas.example", /muistio julkaistu/);
    const after = await page(publicPath);
    expect(after.html).toContain(minutes);
    expect(after.html).not.toContain(needs);

    // Open data: the event is an engagement milestone of the plan's OCDS release, met once its minutes
    // are out, and the minutes a planning document linking its page; valid, with no link or needs.
    const ocds = await readValidOcdsRecord(server, planId);
    expect(ocds.release.planning.milestones).toContainEqual(
      expect.objectContaining({
        id: `event-${eventId}`,
        type: "engagement",
        code: "dialogueEvent",
        status: "met",
      }),
    );
    expect(ocds.release.planning.documents).toContainEqual(
      expect.objectContaining({ id: `event-summary-${eventId}`, description: minutes }),
    );
    expect(ocds.text).not.toContain(needs);
  });
});
