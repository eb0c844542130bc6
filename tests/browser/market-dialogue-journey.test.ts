import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
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

    // What is A's own reaches neither B, nor the public, nor the API, nor any feed.
    await go(b.page, `/fi/plans/${planId}/meetings/${roundId}`);
    const seenByB = await b.page.content();
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

    // Both companies' e-mails: the round opened, their booking with a calendar invitation, the answer.
    await waitForWorkDone(server.services);
    for (const address of [people.a, people.b]) {
      await vi.waitFor(() => expect(mailsTo(address).length).toBeGreaterThanOrEqual(3), { timeout: 30_000 });
      const mails = mailsTo(address);
      const calendars = mails.flatMap((mail) =>
        mail.attachments.filter((file) => file.contentType.startsWith("text/calendar")),
      );
      expect(calendars.length, address).toBeGreaterThanOrEqual(1);
      for (const calendar of calendars) {
        const event = parseIcalStrictly(calendar.content.toString("utf8")).getFirstSubcomponent("vevent");
        expect(event?.getFirstPropertyValue("summary")).toContain("Ikkunanpesun markkinakeskustelut");
      }
      expect(
        mails.some((mail) => mail.text?.includes(answer)),
        `${address}: answer`,
      ).toBe(true);
      for (const mail of mails)
        for (const secret of [confidential.notes, ...(address === people.b ? [confidential.question] : [])])
          expect(`${mail.subject} ${mail.text}`, `${address}: ${secret}`).not.toContain(secret);
    }
    await visitor.close();
    for (const each of [buyer, a, b]) await each.context.close();
  });
});
