import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { dialogueEvent } from "../../app/modules/dialogue/events-tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { describeInBrowser, launchChromium } from "../../app/test/browser.ts";
import { createOcdsValidators } from "../../app/test/ocds-schemas.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { parseIcalStrictly } from "../../app/test/strict-ical.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../app/test/test-smtp-server.ts";
import { waitForWorkDone } from "../../app/test/wait-for-work.ts";

// Issue 13's acceptance journey in Chromium: a buyer opens market dialogue on a plan and two companies
// take part. Whatever one company is told, every company is told; what is one company's own (its
// private notes from the buyer, its answers) reaches nobody else: not the other company, not the
// public, not the API, not any feed. Both companies get their e-mails, read from a real SMTP server,
// with calendar files a strict iCalendar parser accepts.

let smtp: TestSmtpServer;
let server: TestServer;
let browser: Browser;
let planId = "";
/** The request and event the journey makes, for the public outputs to read. */
const journeyIds = { rfi: "", event: "" };
const demoPassword = "Hankintasilta-demo-2026";
const people = {
  buyer: "asiantuntija@espoo.example",
  a: "yrittaja@kirkas.example",
  b: "catering@lahiruoka.example",
};
/** Strings only the buyer and one company may ever see. */
const confidential = {
  question: "Kirkkaan oma hintataso 7 450 euroa",
  notes: "Luottamuksellinen muistiinpano: Kirkas harkitsee konsortiota",
  rfiAnswer: "Kirkkaan liikesalaisuus: katerakenne 18 prosenttia",
  needs: "Kirkkaan osallistujalle pyörätuolipaikka",
};
const answer = "Kyllä, sisäikkunat pestään kerran vuodessa.";

beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  smtp = await startTestSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url });
  browser = await launchChromium();
  const [espoo] = await server.services.database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  planId = await createFixturePlan(server.services.database, espoo?.id ?? "", {
    title: { fi: "Koulujen ikkunanpesu markkinavuoropuhelussa" },
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await smtp?.close();
});

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text);
const mailsTo = (address: string) => smtp.received.filter((mail) => to(mail) === address);
const wallClock = (days: number, time: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "fi-FI", viewport: { width: 360, height: 800 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await go(page, `/fi/login`);
  await page.fill("#login-email", email);
  await page.fill("#login-password", demoPassword);
  await page.click("#login-submit");
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));
  return { context, page };
}

/**
 * Opens a page and waits until its scripts have taken over, as a person does before typing: typing
 * while React hydrates can lose a selection (keep-typed-text.ts keeps text typed before it).
 */
async function go(page: Page, path: string) {
  await page.goto(`${server.url}${path}`);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Everything anyone outside may read of the plan: pages, API, feeds and downloads. */
async function publicOutputs(): Promise<Record<string, string>> {
  const ocid = `${server.services.ocdsOcidPrefix}-${planId}`;
  const paths = [
    `/fi/plans/${planId}`,
    `/sv/plans/${planId}`,
    `/fi/plans/${planId}/dialogue`,
    `/fi/plans/${planId}/dialogue.html`,
    `/fi/plans/${planId}/meetings`,
    `/api/v1/plans/${planId}`,
    `/api/v1/plans/${planId}/questions`,
    `/api/v1/ocds/records/${ocid}`,
    "/api/v1/ocds/releases?limit=100",
    "/api/v1/plans.atom",
    "/api/v1/plans.ics",
    "/api/v1/plans.csv",
  ];
  const outputs: Record<string, string> = {};
  for (const path of paths) {
    const response = await fetch(`${server.url}${path}`);
    outputs[path] = `${response.status} ${await response.text()}`;
  }
  return outputs;
}

describeInBrowser("market dialogue in Chromium", () => {
  it("tells every company what one is told, and nobody what is one company's own", {
    timeout: 600_000,
  }, async () => {
    const buyer = await signedIn(people.buyer);
    const a = await signedIn(people.a);
    const b = await signedIn(people.b);

    // Both companies say they are interested in the plan, so the dialogue reaches them by e-mail.
    for (const company of [a, b]) {
      await go(company.page, `/fi/plans/${planId}`);
      await company.page.click("#interest-submit");
      await company.page.locator("#interest-withdraw, a[href$='/interest']").first().waitFor();
    }

    // The buyer offers a one-to-one round and opens it to every interested company at once.
    await go(buyer.page, `/fi/workspace/plans/${planId}/meetings`);
    await buyer.page.fill("#meeting-title-fi", "Ikkunanpesun markkinakeskustelut");
    await buyer.page.fill("#meeting-agenda-fi", "1. Yrityksen esittely\n2. Laatu ja hinnoittelu");
    await buyer.page.fill("#meeting-place", "Espoon kaupungintalo");
    await buyer.page.fill("#meeting-firstStart", wallClock(12, "09:00"));
    await buyer.page.fill("#meeting-bookingDeadline", wallClock(10, "16:00"));
    await buyer.page.fill("#meeting-slotCount", "3");
    await buyer.page.click("#meeting-create");
    await buyer.page.locator("#meeting-open").waitFor();
    const roundPath = new URL(buyer.page.url()).pathname;
    const roundId = roundPath.split("/").at(-1) ?? "";
    await buyer.page.click("#meeting-open");
    await buyer.page.locator("#meeting-close").waitFor();

    // A request for information with one question, open for two weeks.
    await go(buyer.page, `/fi/workspace/plans/${planId}/rfi`);
    await buyer.page.fill("#rfi-title-fi", "Ikkunanpesun tietopyyntö");
    await buyer.page.click("#rfi-create");
    await buyer.page.locator("#rfi-add-question").waitFor();
    const rfiPath = new URL(buyer.page.url()).pathname;
    const rfiId = rfiPath.split("/").at(-1) ?? "";
    await buyer.page.locator("#rfi-question-kind").selectOption("long-text");
    await buyer.page.fill("#rfi-question-text-fi", "Miten hinnoittelisitte ikkunanpesun?");
    await buyer.page.click("#rfi-add-question");
    await buyer.page.locator("#rfi-questions li").first().waitFor();
    await buyer.page.click("#rfi-open");
    await buyer.page.locator("#rfi-close").waitFor();

    // An info session, on site and online, for 20.
    await go(buyer.page, `/fi/workspace/plans/${planId}/events`);
    await buyer.page.fill("#event-title-fi", "Ikkunanpesun markkinainfo");
    await buyer.page.fill("#event-agenda-fi", "1. Tarve\n2. Aikataulu\n3. Kysymykset");
    await buyer.page.locator("#event-format-hybrid").check();
    await buyer.page.fill("#event-address", "Espoon kaupungintalo, Asemakuja 2");
    await buyer.page.fill("#event-onlineUrl", "https://meet.example/ikkunat-info");
    await buyer.page.fill("#event-startsAt", wallClock(7, "13:00"));
    await buyer.page.fill("#event-endsAt", wallClock(7, "14:30"));
    await buyer.page.fill("#event-capacity", "20");
    await buyer.page.fill("#event-registrationClosesAt", wallClock(6, "16:00"));
    await buyer.page.click("#event-create");
    await buyer.page.locator("#event-publish").waitFor();
    const eventPath = new URL(buyer.page.url()).pathname;
    const eventId = eventPath.split("/").at(-1) ?? "";
    Object.assign(journeyIds, { rfi: rfiId, event: eventId });
    await buyer.page.click("#event-publish");
    await buyer.page.locator("#event-cancel").waitFor();

    // Both companies answer the request (A marks its answer a business secret) and register.
    for (const [company, text] of [
      [a, confidential.rfiAnswer],
      [b, "Lähiruoan vastaus: hinta neliömetreittäin"],
    ] as const) {
      await go(company.page, `/fi/plans/${planId}/rfi/${rfiId}`);
      await company.page.locator('textarea[name^="answer-"]').fill(text);
      if (company === a) await company.page.locator('input[name^="secret-"]').first().check();
      await company.page.click("#rfi-save");
      await company.page.locator("#rfi-last-saved").waitFor();
      await go(company.page, `/fi/plans/${planId}/events/${eventId}`);
      await company.page.fill("#registration-attendeeCount", "1");
      if (company === a) await company.page.fill("#registration-needs", confidential.needs);
      await company.page.click("#event-register");
      await company.page.locator("#event-cancel-registration").waitFor();
      // A seat shows the online link; the public never sees it.
      await company.page.getByText("https://meet.example/ikkunat-info").first().waitFor();
    }

    // Company A asks a question (not named in public) with something of its own in it; both book.
    await go(a.page, `/fi/plans/${planId}/questions/new`);
    await a.page.fill("#question-question", `Pestäänkö myös sisäikkunat? ${confidential.question}.`);
    await a.page.click("#question-submit");
    await a.page.waitForURL(/question=sent/);
    for (const company of [a, b]) {
      await go(company.page, `/fi/plans/${planId}/meetings/${roundId}`);
      await company.page.locator('button[value="book"]').first().click();
      await company.page.locator("#meeting-cancel").waitFor();
    }
    // B never sees who booked the other slot, nor A's question before it is answered.
    expect(await b.page.content()).not.toContain("Kirkas");
    await go(b.page, `/fi/plans/${planId}`);
    expect(await b.page.content()).not.toContain(confidential.question);

    // The buyer answers with a neutral wording, writes private notes on A's meeting, closes the round
    // and publishes a summary for everyone.
    await go(buyer.page, `/fi/workspace/plans/${planId}/questions`);
    const question = buyer.page.locator(".question-item").first();
    await question.locator("textarea[name=publishedQuestion]").fill("Pestäänkö myös sisäikkunat?");
    await question.locator("textarea[name=answer]").fill(answer);
    await question.locator("button[type=submit]").first().click();
    await buyer.page.waitForURL(/answered=1/);
    await go(buyer.page, `${roundPath}`);
    const notes = buyer.page.locator("li", { hasText: "Siivouspalvelu Kirkas" }).locator("textarea");
    await notes.fill(confidential.notes);
    await buyer.page
      .locator("li", { hasText: "Siivouspalvelu Kirkas" })
      .locator('button[value="notes"]')
      .click();
    // Saved: the notes are there when the page is loaded again.
    await buyer.page.waitForLoadState("networkidle");
    await go(buyer.page, `${roundPath}`);
    expect(await notes.inputValue()).toBe(confidential.notes);
    await buyer.page.click("#meeting-close");
    await buyer.page.locator("#meeting-publish").waitFor();
    await buyer.page.fill("#meeting-summary-fi", "Yritykset toivoivat selkeitä laatumittareita.");
    await buyer.page.click("#meeting-publish");
    await buyer.page.locator("#meeting-publish").waitFor();

    // The buyer closes the request and publishes what was heard; the info session takes place (its
    // times moved into the past, as if a week had gone by) and its minutes go to everyone.
    await go(buyer.page, rfiPath);
    await buyer.page.click("#rfi-close");
    await buyer.page.locator("#rfi-publish").waitFor();
    await buyer.page.fill("#rfi-summary-fi", "Yritykset hinnoittelisivat neliömetreittäin.");
    await buyer.page.click("#rfi-publish");
    await buyer.page.getByText("Yritykset hinnoittelisivat neliömetreittäin.").first().waitFor();
    await server.services.database.db
      .update(dialogueEvent)
      .set({
        startsAt: new Date(Date.now() - 3 * 60 * 60 * 1000),
        endsAt: new Date(Date.now() - 60 * 60 * 1000),
        registrationClosesAt: new Date(Date.now() - 24 * 60 * 60 * 1000),
      })
      .where(eq(dialogueEvent.id, eventId));
    await go(buyer.page, eventPath);
    await buyer.page.fill("#event-minutes-minutes-fi", "Infossa toivottiin kahden vuoden sopimusta.");
    await buyer.page.click("#event-minutes-publish");
    await buyer.page.waitForURL(/done=minutes/);

    // The answer to A's question reaches B, an anonymous visitor and the API.
    await go(b.page, `/fi/plans/${planId}`);
    await b.page.getByText(answer).waitFor();
    const visitor = await browser.newContext({ locale: "fi-FI", viewport: { width: 320, height: 800 } });
    const anonymous = await visitor.newPage();
    await go(anonymous, `/fi/plans/${planId}`);
    await anonymous.getByText(answer).waitFor();
    await go(anonymous, `/fi/plans/${planId}/meetings/${roundId}`);
    await anonymous.getByText("Yritykset toivoivat selkeitä laatumittareita.").waitFor();
    const api = await (await fetch(`${server.url}/api/v1/plans/${planId}/questions`)).json();
    expect(api.data).toEqual([expect.objectContaining({ answer, company: null })]);
    // What was heard and what was said at the info session reach everyone too; of the request only
    // the number of responses.
    await go(anonymous, `/fi/plans/${planId}/rfi/${rfiId}`);
    await anonymous.getByText("Yritykset hinnoittelisivat neliömetreittäin.").waitFor();
    await go(anonymous, `/fi/plans/${planId}/events/${eventId}`);
    await anonymous.getByText("Infossa toivottiin kahden vuoden sopimusta.").waitFor();
    expect(await anonymous.content()).not.toContain("meet.example/ikkunat-info");

    // What is A's own reaches neither B, nor the public, nor the API, nor any feed.
    let seenByB = "";
    for (const path of [
      `/fi/plans/${planId}/meetings/${roundId}`,
      `/fi/plans/${planId}/rfi/${rfiId}`,
      `/fi/plans/${planId}/events/${eventId}`,
      `/fi/plans/${planId}`,
      "/fi/company",
    ]) {
      await go(b.page, path);
      seenByB += await b.page.content();
    }
    const outputs = await publicOutputs();
    for (const secret of Object.values(confidential)) {
      expect(seenByB, secret).not.toContain(secret);
      for (const [path, body] of Object.entries(outputs))
        expect(body, `${path}: ${secret}`).not.toContain(secret);
    }
    for (const [path, body] of Object.entries(outputs)) expect(body.slice(0, 3), path).toBe("200");
    const record = JSON.parse(
      outputs[`/api/v1/ocds/records/${server.services.ocdsOcidPrefix}-${planId}`]?.slice(4) ?? "{}",
    );
    expect(createOcdsValidators().recordPackageErrors(record)).toBe("");

    // Both companies' e-mails: invitations to the round, the request and the info session, their booking
    // and registration with calendar invitations a strict parser reads, the answer, what was heard
    // (to respondents) and the minutes.
    await waitForWorkDone(server.services);
    for (const address of [people.a, people.b]) {
      const mails = mailsTo(address);
      const calendars = mails.flatMap((mail) =>
        mail.attachments.filter((file) => file.contentType.startsWith("text/calendar")),
      );
      const summaries = calendars.map((calendar) =>
        String(
          parseIcalStrictly(calendar.content.toString("utf8"))
            .getFirstSubcomponent("vevent")
            ?.getFirstPropertyValue("summary"),
        ),
      );
      expect(
        summaries.some((text) => text.includes("Ikkunanpesun markkinakeskustelut")),
        address,
      ).toBe(true);
      expect(
        summaries.some((text) => text.includes("Ikkunanpesun markkinainfo")),
        address,
      ).toBe(true);
      const texts = mails.map((mail) => `${mail.subject}\n${mail.text}`);
      for (const expected of [
        answer,
        `/plans/${planId}/rfi/${rfiId}`,
        `/plans/${planId}/events/${eventId}`,
        `/plans/${planId}/meetings/${roundId}`,
      ])
        expect(
          texts.some((text) => text.includes(expected)),
          `${address}: ${expected}`,
        ).toBe(true);
      const own =
        address === people.a ? [confidential.question, confidential.rfiAnswer, confidential.needs] : [];
      for (const text of texts)
        for (const secret of Object.values(confidential).filter((value) => !own.includes(value)))
          expect(text, `${address}: ${secret}`).not.toContain(secret);
    }
    await visitor.close();
    for (const each of [buyer, a, b]) await each.context.close();
  });
});
