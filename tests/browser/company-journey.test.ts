import { and, eq, isNull, sql } from "drizzle-orm";
import { FinnishBusinessIds } from "finnish-business-ids";
import type { ParsedMail } from "mailparser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { mailOutbox } from "../../app/modules/mail/tables.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { watchesNotification, watchesPendingVersion } from "../../app/modules/watches/tables.ts";
import { describeInBrowser, launchChromium } from "../../app/test/browser.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../app/test/test-smtp-server.ts";

// Issue 4's acceptance journeys. A company signs up with its Y-tunnus, watches a CPV group in a region;
// a buyer publishes a matching plan in the UI and the company gets exactly one e-mail, whose link and
// one-click unsubscribe work; a plan that does not match sends nothing. Then the company lists itself,
// presents its services to the buyer and says it is interested in the plan; the buyer finds it in the
// directory by CPV and region, in the inbox and among the plan's interested companies, while an
// anonymous visitor sees only how many are interested. The second test continues from the first.

let smtp: TestSmtpServer;
let server: TestServer;
let browser: Browser;
const email = "puhdas.piha@example.fi";
const password = "Puhdas piha ja siisti koulu 2026";
const title = "Päiväkotien ylläpitosiivous Leppävaarassa";
const companyName = "Puhdas Piha Oy";
const demoPassword = "Hankintasilta-demo-2026";
/** Carried from the first journey to the second. */
const journey = { companyPage: undefined as Page | undefined, companyId: "", espooId: "", planId: "" };

beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  smtp = await startTestSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await smtp?.close();
});

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text);
const mailsTo = (address: string) => smtp.received.filter((mail) => to(mail) === address);

/** Waits until the worker has matched every publication and the outbox has nothing left to send. */
async function settle() {
  const { db } = server.services.database;
  await vi.waitFor(
    async () => {
      const [pending] = await db.select({ n: sql<number>`count(*)::int` }).from(watchesPendingVersion);
      const [owed] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(watchesNotification)
        .where(eq(watchesNotification.instantPending, true));
      const [queued] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(mailOutbox)
        .where(and(eq(mailOutbox.status, "queued"), isNull(mailOutbox.sentAt)));
      expect([pending?.n, owed?.n, queued?.n]).toEqual([0, 0, 0]);
    },
    { timeout: 30_000, interval: 200 },
  );
}

async function logIn(page: Page, address: string, secret: string) {
  await page.goto(`${server.url}/fi/login`);
  await page.fill("#login-email", address);
  await page.fill("#login-password", secret);
  await page.click("#login-submit");
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));
}

describeInBrowser("in Chromium", () => {
  it("a company's watch e-mails it exactly once about a matching plan, and unsubscribes in one click", async () => {
    const context = await browser.newContext({ locale: "fi-FI" });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();

    // Sign up and verify the address.
    await page.goto(`${server.url}/fi/signup`);
    await page.getByLabel("Nimi").fill("Pia Piha");
    await page.getByLabel("Sähköpostiosoite").fill(email);
    await page.getByLabel("Uusi salasana").fill(password);
    await page.getByText(/Olen lukenut tietosuojaselosteen/).click();
    await page.getByRole("button", { name: "Luo tunnus" }).click();
    await vi.waitFor(() => expect(mailsTo(email)).toHaveLength(1), { timeout: 15_000 });
    const verify = /(http:\/\/localhost:\d+\/api\/auth\/verify-email\S+)/.exec(
      mailsTo(email)[0]?.text ?? "",
    )?.[1];
    await page.goto(verify ?? "");
    await page.waitForURL(/\/fi\/first-steps/);

    // Register the company: an invalid Y-tunnus is a field error, a valid one creates it.
    await page.goto(`${server.url}/fi/organisations`);
    await page.fill("#org-name", companyName);
    if ((await page.locator("#org-kind").count()) > 0) await page.selectOption("#org-kind", "company");
    await page.fill("#org-y-tunnus", "1234567-8");
    await page.click("#org-create-submit");
    await expect.poll(() => page.getByText("Y-tunnus ei ole kelvollinen").first().isVisible()).toBe(true);
    const taken = new Set(
      (
        await server.services.database.db
          .select({ y: organisationsOrganisation.yTunnus })
          .from(organisationsOrganisation)
      ).map((row) => row.y),
    );
    let yTunnus = FinnishBusinessIds.generateBusinessId();
    while (taken.has(yTunnus)) yTunnus = FinnishBusinessIds.generateBusinessId();
    await page.fill("#org-y-tunnus", yTunnus);
    await page.click("#org-create-submit");
    await page.waitForURL(/\/fi\/organisations\/[\w-]+\?created=1$/);
    journey.companyId = new URL(page.url()).pathname.split("/").pop() ?? "";

    // A watch for cleaning services (CPV group 909) in Uusimaa, e-mailed at once.
    await page.goto(`${server.url}/fi/watches/new`);
    // Sent without a name: focus moves to the error summary, which names the field.
    await page.click("#watch-submit");
    await page.waitForSelector(".error-summary");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    expect(await page.locator(".error-summary").textContent()).toContain("Vahdin nimi: Tämä tieto puuttuu.");
    await page.fill("#watch-name", "Siivous Uusimaa");
    await page.fill("#watch-cpv", "90900000-6");
    await page.check("#watch-region-01");
    expect(await page.isChecked("#watch-event-published")).toBe(true);
    expect(await page.isChecked("#watch-instant-on")).toBe(true);
    await page.click("#watch-submit");
    // A new watch opens on its page, with the plans it matches today (none yet).
    await page.waitForURL(/\/fi\/watches\/[\w-]+\?created=1$/);
    await expect
      .poll(() => page.getByText("Tällä hetkellä 0 julkista suunnitelmaa vastaa vahtia.").count())
      .toBe(1);
    await page.goto(`${server.url}/fi/watches`);
    await expect.poll(() => page.getByRole("link", { name: "Siivous Uusimaa" }).isVisible()).toBe(true);

    // A plan that does not match (building works in Espoo) sends nothing.
    const espoo = (
      await server.services.database.db
        .select({ id: organisationsOrganisation.id })
        .from(organisationsOrganisation)
        .where(eq(organisationsOrganisation.slug, "espoo"))
    )[0]?.id;
    await createFixturePlan(server.services.database, espoo ?? "", {
      title: { fi: "Koulun peruskorjaus" },
      mainCpv: "45214200",
    });
    await settle();
    expect(mailsTo(email)).toHaveLength(1);

    // A buyer publishes a matching plan in the workspace.
    const buyerContext = await browser.newContext({ locale: "fi-FI" });
    buyerContext.setDefaultTimeout(10_000);
    const buyer = await buyerContext.newPage();
    await logIn(buyer, "asiantuntija@espoo.example", demoPassword);
    await buyer.goto(`${server.url}/fi/workspace/plans/new`);
    await buyer.fill("#plan-title-fi", title);
    await buyer.fill("#plan-need-fi", "Kuuden päiväkodin päivittäinen siivous ympäristömerkityin aineon.");
    await buyer.fill("#plan-mainCpv", "90911200-8");
    await buyer.fill("#plan-estimatedValueEur", "240000");
    // The timeline section starts closed (issue 12 point 13).
    await buyer.click("#plan-section-timeline > summary");
    await buyer.fill("#plan-tenderYear", "2028");
    await buyer.fill("#plan-noLotsReason-fi", "Päiväkodit ovat lähekkäin, joten yksi sopimus on toimivin.");
    await buyer.click("#plan-save");
    await buyer.waitForURL(/\/fi\/workspace\/plans\/[\w-]+\?created=1$/);
    const planId = new URL(buyer.url()).pathname.split("/").pop() ?? "";
    // Publishing is its own step with a preview (issue 12 point 12).
    await buyer.goto(`${server.url}/fi/workspace/plans/${planId}/publish`);
    await buyer.check("#publish-confirm");
    await buyer.click("#publish-submit");
    await buyer.waitForURL(/\?published=1$/);

    await settle();
    const alerts = mailsTo(email).slice(1);
    expect(alerts).toHaveLength(1);
    const alert = alerts[0];
    expect(alert?.subject).toBe(`Uusi hankintasuunnitelma: ${title}`);
    expect(alert?.text).toContain("Hakuvahti: Siivous Uusimaa");

    // The link opens the plan.
    const link = new RegExp(`(http://localhost:\\d+/fi/plans/${planId})`).exec(alert?.text ?? "")?.[1];
    expect(link).toBeDefined();
    await page.goto(link ?? "");
    expect(await page.locator("h1").textContent()).toBe(title);
    // The header shows the unread notification, and the notifications page lists it.
    await expect
      .poll(() => page.getByRole("link", { name: "Ilmoitukset, 1 lukematon" }).isVisible())
      .toBe(true);
    await page.goto(`${server.url}/fi/notifications`);
    // Opening the notification marks it read and shows its plan.
    await page.getByRole("link", { name: title }).click();
    await page.waitForURL(new RegExp(`/fi/plans/${planId}$`));
    await expect.poll(() => page.locator("h1").textContent()).toBe(title);
    await expect
      .poll(() => page.getByRole("link", { name: "Ilmoitukset", exact: true }).isVisible())
      .toBe(true);

    // RFC 8058: the header names the one-click address and the mail program posts to it.
    const rawHeader = (key: string) => alert?.headerLines.find((line) => line.key === key)?.line ?? "";
    const listUnsubscribe = rawHeader("list-unsubscribe");
    expect(rawHeader("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const unsubscribeUrl = /<(http[^>]+)>/.exec(listUnsubscribe)?.[1] ?? "";
    expect(unsubscribeUrl).toContain("/fi/unsubscribe?token=");
    // A person following the link first sees which watch it stops.
    await page.goto(unsubscribeUrl);
    expect(
      await page.getByText("hakuvahdin ”Siivous Uusimaa” sähköpostit", { exact: false }).isVisible(),
    ).toBe(true);
    const oneClick = await fetch(unsubscribeUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);

    // After unsubscribing, another matching plan appears in the app but sends no e-mail.
    await createFixturePlan(server.services.database, espoo ?? "", {
      title: { fi: "Koulujen ikkunanpesu" },
      mainCpv: "90911300",
    });
    await settle();
    expect(mailsTo(email)).toHaveLength(2);
    await page.goto(`${server.url}/fi/notifications`);
    expect(await page.getByRole("link", { name: "Koulujen ikkunanpesu" }).count()).toBe(1);
    await page.goto(`${server.url}/fi/watches`);
    expect(await page.getByText(/Sähköpostit peruttu/).isVisible()).toBe(true);

    await buyerContext.close();
    journey.companyPage = page;
    journey.espooId = espoo ?? "";
    journey.planId = planId;
  }, 180_000);

  it("a buyer finds the company in the directory, its presentation in the inbox and its interest in the plan", async () => {
    const { companyPage: page, companyId, espooId, planId } = journey;
    if (!page) throw new Error("the first journey did not finish");

    // The company describes itself (cleaning in Uusimaa, a contact person) and chooses to be listed.
    await page.goto(`${server.url}/fi/organisations/${companyId}/company-profile`);
    await page.check("#company-sizeClass-small");
    await page.fill("#company-description-fi", "Päiväkotien ja koulujen siivous ympäristömerkityin aineen.");
    await page.fill("#company-offering", "90911200-8");
    await page.check("#company-regions-01");
    await page.fill("#company-contacts-0-name", "Pia Piha");
    await page.fill("#company-contacts-0-email", "pia@puhdaspiha.example");
    await page.check("#company-isListed-on");
    await page.click("#company-profile-submit");
    await page.waitForURL(/\/company-profile\?saved=1$/);

    // It presents its services to Espoo and says it is interested in the plan.
    const presentationTitle = "Ympäristömerkitty siivous päiväkodeille";
    await page.goto(`${server.url}/fi/presentations/new`);
    await page.fill("#presentation-title", presentationTitle);
    await page.fill("#presentation-offering", "Päivittäinen siivous ja ikkunanpesu Joutsenmerkityin aineen.");
    await page.fill("#presentation-needs", "Päiväkotien ja koulujen siivous Espoossa.");
    await page.fill("#presentation-cpv", "90911200");
    await page.check(`#presentation-recipients-${espooId}`);
    await page.click("#presentation-submit");
    await page.waitForURL(/\/fi\/presentations\/[\w-]+\?sent=1$/);
    await page.goto(`${server.url}/fi/plans/${planId}`);
    await page.click("#interest-submit");
    await page.waitForURL(/\?interest=saved$/);

    const buyerContext = await browser.newContext({ locale: "fi-FI" });
    buyerContext.setDefaultTimeout(10_000);
    const buyer = await buyerContext.newPage();
    await logIn(buyer, "asiantuntija@espoo.example", demoPassword);

    // Market research: the cleaning group (the profile has one of its sub-codes) finds the company in
    // Uusimaa and not in another region. The form navigates within the page, so the list changes after
    // the address does: each expectation waits for it.
    await buyer.goto(`${server.url}/fi/companies`);
    await buyer.fill("#companies-cpv", "90910000");
    await buyer.selectOption("#companies-region", "02");
    await buyer.click("#companies-filter-submit");
    await buyer.waitForURL(/cpv=90910000.*region=02/);
    await expect.poll(() => buyer.getByRole("link", { name: companyName }).count()).toBe(0);
    await buyer.selectOption("#companies-region", "01");
    await buyer.click("#companies-filter-submit");
    await buyer.waitForURL(/region=01/);
    await expect.poll(() => buyer.getByRole("link", { name: companyName }).count()).toBe(1);

    // The presentation waits in Espoo's inbox.
    await buyer.goto(`${server.url}/fi/organisations/${espooId}/inbox`);
    expect(await buyer.getByRole("link", { name: presentationTitle }).isVisible()).toBe(true);

    // The plan's workspace page lists the company among the interested, with its contact person.
    await buyer.goto(`${server.url}/fi/workspace/plans/${planId}`);
    const interested = buyer.locator('section[aria-labelledby="interested-companies-title"]');
    expect(await interested.getByRole("link", { name: companyName }).isVisible()).toBe(true);
    expect(await interested.getByText("pia@puhdaspiha.example").isVisible()).toBe(true);

    // An anonymous visitor sees the count on the public plan page, never who.
    const visitorContext = await browser.newContext({ locale: "fi-FI" });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/fi/plans/${planId}`);
    expect(await visitor.getByText("Kiinnostuneita yrityksiä: 1.").isVisible()).toBe(true);
    expect(await visitor.content()).not.toContain(companyName);

    await visitorContext.close();
    await buyerContext.close();
    await page.context().close();
  }, 180_000);
});
