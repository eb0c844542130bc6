import type { ParsedMail } from "mailparser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { describeInBrowser, launchChromium } from "../../app/test/browser.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../app/test/test-smtp-server.ts";

let smtp: TestSmtpServer;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  smtp = await startTestSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url, SEED_DEMO_PLANS: "true" });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await smtp?.close();
});

async function verificationLink(address: string): Promise<string> {
  let mail: ParsedMail | undefined;
  await vi.waitFor(
    () => {
      mail = smtp.received.find((m) => (Array.isArray(m.to) ? m.to[0]?.text : m.to?.text) === address);
      expect(mail).toBeDefined();
    },
    { timeout: 15_000, interval: 100 },
  );
  const link = /(http:\/\/localhost:\d+\/api\/auth\/verify-email\S+)/.exec(mail?.text ?? "")?.[1];
  if (!link) throw new Error(`no verification link in ${mail?.text}`);
  return link;
}

/** Fails the test on any browser console error or uncaught page error (hydration mismatches included). */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

describeInBrowser("in Chromium", () => {
  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
    it(`signs up, verifies the e-mail, logs out and in, and switches language (${mode})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled, locale: "fi-FI" });
      // A missing element fails the step with its own message, well before the test's time limit.
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      const problems = watchConsole(page);
      const email = `selain.${javaScriptEnabled ? "js" : "nojs"}@example.fi`;
      const password = "Selaimella luotu salasana 2026";

      await page.goto(`${server.url}/`);
      expect(new URL(page.url()).pathname).toBe("/fi/");
      await page.getByRole("link", { name: "Luo tunnus" }).first().click();
      await page.getByLabel("Nimi").fill("Selma Selain");
      await page.getByLabel("Sähköpostiosoite").fill(email);
      await page.getByLabel("Uusi salasana").fill(password);
      // The Suomi.fi checkbox draws its own box over a visually hidden input: people click the label.
      await page.getByText(/Olen lukenut tietosuojaselosteen/).click();
      expect(await page.getByLabel(/Olen lukenut tietosuojaselosteen/).isChecked()).toBe(true);
      await page.getByRole("button", { name: "Luo tunnus" }).click();
      await expect
        .poll(() => page.getByRole("heading", { name: "Tarkista sähköpostisi" }).isVisible())
        .toBe(true);

      await page.goto(await verificationLink(email));
      await expect.poll(() => page.getByText("Sähköpostiosoitteesi on vahvistettu").isVisible()).toBe(true);
      // Issue 12 point 16: a new person lands on their first steps, not on the account page.
      expect(new URL(page.url()).pathname).toBe("/fi/first-steps");

      await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe("/fi/");
      await page
        .getByRole("navigation", { name: "Käyttäjä" })
        .getByRole("link", { name: "Kirjaudu" })
        .click();
      await page.locator("#login-email").fill(email);
      await page.locator("#login-password").fill(password);
      await page.locator("#login-submit").click();
      await expect.poll(() => new URL(page.url()).pathname).toBe("/fi/account");
      await expect.poll(() => page.getByRole("heading", { name: "Oma tili" }).isVisible()).toBe(true);

      await page.getByRole("link", { name: "På svenska" }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe("/sv/account");
      expect(await page.locator("html").getAttribute("lang")).toBe("sv");
      await expect.poll(() => page.getByRole("heading", { name: "Mitt konto" }).isVisible()).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("shows the field's error next to it and keeps what was typed", async () => {
    const context = await browser.newContext();
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${server.url}/en/signup`);
    await page.getByLabel("Name").fill("Ann Example");
    await page.getByLabel("E-mail address").fill("not-an-address");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect
      .poll(() => page.getByText("Enter an e-mail address like name@example.com.").isVisible())
      .toBe(true);
    expect(await page.getByLabel("Name").inputValue()).toBe("Ann Example");
    await context.close();
  });

  it("fits a 320 px wide phone screen without sideways scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ["/fi/", "/sv/login", "/en/organisations", "/sv/plans", "/fi/plans/timeline"]) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
