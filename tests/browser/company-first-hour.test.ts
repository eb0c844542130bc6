import { mkdirSync } from "node:fs";
import { eq } from "drizzle-orm";
import { FinnishBusinessIds } from "finnish-business-ids";
import type { ParsedMail } from "mailparser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { watchesWatch } from "../../app/modules/watches/tables.ts";
import { samplePdf } from "../../app/test/attachment-files.ts";
import { describeInBrowser, launchChromium } from "../../app/test/browser.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../app/test/test-smtp-server.ts";

// Issue 12 points 15, 16 and 18: the first hour of a new entrepreneur at 360 px. Sign-up lands on the
// first steps; the company is registered with a Y-tunnus typed without its hyphen; the profile's
// directory choice comes first; CPV codes and municipalities are picked with the keyboard from the
// combobox's suggestions; the watch is filled in from the profile and opens on the plans it matches
// today. No page it visits scrolls sideways. Then the pickers without JavaScript: a search posts the
// form back with matches to tick. Screenshots in fi, sv and en at 360 and 1280 px when SHOTS is set.

let smtp: TestSmtpServer;
let server: TestServer;
let browser: Browser;
const email = "uusi.yrittaja@example.fi";
const password = "Ensimmäinen tunti Hankintasillalla";
const companyName = "Kirkas Ikkuna Oy";
const planTitle = "Espoon koulujen ikkunanpesu 2030";
const shots = process.env.SHOTS;
const state = { companyId: "", watchId: "" };

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

/** The page fits its width: nothing scrolls sideways. */
async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0)
    console.log(
      "OVERFLOW",
      await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth)
          .slice(0, 8)
          .map((e) => `${e.tagName}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
          .join(" | "),
      ),
    );
  expect(overflow, `${page.url()} overflows`).toBeLessThanOrEqual(0);
}

async function espooId() {
  const [espoo] = await server.services.database.db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  return espoo?.id ?? "";
}

/** Types into a picker's combobox and picks the first suggestion with the keyboard. */
async function pickFirst(page: Page, input: string, text: string) {
  await page.locator(input).fill(text);
  await page.locator(`${input}-listbox [role="option"]`).first().waitFor();
  expect(await page.locator(input).getAttribute("aria-expanded")).toBe("true");
  await page.keyboard.press("ArrowDown");
  expect(await page.locator(input).getAttribute("aria-activedescendant")).toBe(`${input.slice(1)}-option-0`);
  await page.keyboard.press("Enter");
  expect(await page.locator(input).getAttribute("aria-expanded")).toBe("false");
  expect(await page.locator(input).inputValue()).toBe("");
}

describeInBrowser("in Chromium", () => {
  it("a new entrepreneur goes from sign-up to a watch from the profile and sees matching plans", async () => {
    await createFixturePlan(server.services.database, await espooId(), {
      title: { fi: planTitle, sv: "Fönstertvätt i Esbo skolor 2030", en: "Window cleaning in Espoo schools" },
      mainCpv: "90911300",
    });
    const context = await browser.newContext({ locale: "fi-FI", viewport: { width: 360, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();

    await page.goto(`${server.url}/fi/signup`);
    await page.getByLabel("Nimi").fill("Uusi Yrittäjä");
    await page.getByLabel("Sähköpostiosoite").fill(email);
    await page.getByLabel("Uusi salasana").fill(password);
    await page.getByText(/Olen lukenut tietosuojaselosteen/).click();
    await page.getByRole("button", { name: "Luo tunnus" }).click();
    await vi.waitFor(() => expect(smtp.received.filter((m) => to(m) === email)).toHaveLength(1), {
      timeout: 15_000,
    });
    const mail = smtp.received.find((m) => to(m) === email);
    const verify = /(http:\/\/localhost:\d+\/api\/auth\/verify-email\S+)/.exec(mail?.text ?? "")?.[1];
    await page.goto(verify ?? "");

    // Sign-up lands on the first steps, not on the account page that says to wait for an invitation.
    await page.waitForURL(/\/fi\/first-steps\?verified=1$/);
    await expectNoOverflow(page);
    await expect.poll(() => page.locator("#step-company-title").textContent()).toContain("seuraavaksi");
    await page.click("#step-company-link");
    await page.waitForURL(/\/fi\/organisations/);

    // The Y-tunnus without its hyphen is accepted and stored in the register's form.
    const yTunnus = FinnishBusinessIds.generateBusinessId();
    await page.fill("#org-name", companyName);
    if ((await page.locator("#org-kind").count()) > 0) await page.selectOption("#org-kind", "company");
    await page.fill("#org-y-tunnus", yTunnus.replace("-", ""));
    await page.click("#org-create-submit");
    await page.waitForURL(/\/fi\/organisations\/[\w-]+\?created=1$/);
    state.companyId = new URL(page.url()).pathname.split("/").pop() ?? "";
    const [company] = await server.services.database.db
      .select({ yTunnus: organisationsOrganisation.yTunnus })
      .from(organisationsOrganisation)
      .where(eq(organisationsOrganisation.id, state.companyId));
    expect(company?.yTunnus).toBe(yTunnus);

    await page.goto(`${server.url}/fi/first-steps`);
    await expect.poll(() => page.locator("#step-company-title").textContent()).toContain("tehty");
    await page.click("#step-profile-link");
    await page.waitForURL(/\/company-profile$/);
    await expectNoOverflow(page);

    // The directory choice comes first and is explained.
    const firstLegend = await page.locator("form fieldset legend").first().textContent();
    expect(firstLegend).toBe("Näkyykö yritys julkisessa hakemistossa?");
    await page.check("#company-isListed-on");
    await page.check("#company-sizeClass-micro");
    await page.fill(
      "#company-description-fi",
      "Ikkunanpesua ja ylläpitosiivousta kouluille ja päiväkodeille.",
    );
    // CPV by a word, picked with the keyboard; the hierarchy is shown with each suggestion.
    await page.locator("#company-offering").fill("siivous");
    await page.locator('#company-offering-listbox [role="option"]').first().waitFor();
    expect(await page.locator('#company-offering-listbox [role="option"]').first().textContent()).toContain(
      "Siivous- ja puhdistuspalvelut 90910000",
    );
    await pickFirst(page, "#company-offering", "siivous");
    expect(await page.isChecked("#company-offering-90910000")).toBe(true);
    await pickFirst(page, "#company-municipalities", "Espoo");
    expect(await page.isChecked("#company-municipalities-049")).toBe(true);
    await page.fill("#company-website", "kirkasikkuna.example.fi");
    await page.click("#company-profile-submit");
    await page.waitForURL(/\/company-profile\?saved=1$/);
    await page.locator("#company-next-step").waitFor();
    expect(await page.inputValue("#company-website")).toBe("https://kirkasikkuna.example.fi");
    expect(await page.isChecked("#company-offering-90910000")).toBe(true);
    await expectNoOverflow(page);

    // The first steps show the plans that match the profile, and a watch filled in from it.
    await page.click("#company-next-step");
    await page.waitForURL(/\/fi\/first-steps$/);
    await expect.poll(() => page.locator("#step-listing-title").textContent()).toContain("tehty");
    await expect.poll(() => page.getByRole("link", { name: planTitle }).count()).toBe(1);
    await page.click("#step-watch-link");
    await page.waitForURL(/\/fi\/watches\/new\?/);
    await expectNoOverflow(page);
    expect(await page.inputValue("#watch-name")).toBe(companyName);
    expect(await page.isChecked("#watch-cpv-90910000")).toBe(true);
    expect(await page.isChecked("#watch-municipality-049")).toBe(true);
    await page.click("#watch-submit");

    // The new watch opens on the plans it matches today, not on "0 matches".
    await page.waitForURL(/\/fi\/watches\/[\w-]+\?created=1$/);
    state.watchId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await expect
      .poll(() => page.getByText("Tällä hetkellä 1 julkinen suunnitelma vastaa vahtia.").count())
      .toBe(1);
    await expect.poll(() => page.getByRole("link", { name: planTitle }).count()).toBe(1);
    await expectNoOverflow(page);

    if (shots) {
      mkdirSync(shots, { recursive: true });
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const locale of ["fi", "sv", "en"]) {
          for (const [name, path] of [
            ["first-steps", `/${locale}/first-steps`],
            ["profile", `/${locale}/organisations/${state.companyId}/company-profile`],
            ["watch", `/${locale}/watches/${state.watchId}?created=1`],
            ["home-deleted", `/${locale}/?deleted=1`],
          ] as const) {
            await page.goto(`${server.url}${path}`);
            await expectNoOverflow(page);
            if (name === "profile") {
              await page
                .locator("#company-offering")
                .fill(locale === "sv" ? "städ" : locale === "en" ? "clean" : "siivous");
              await page.locator('#company-offering-listbox [role="option"]').first().waitFor();
              await page.keyboard.press("ArrowDown");
              await page.locator("#company-offering").evaluate((input) => {
                window.scrollBy(0, input.getBoundingClientRect().top - 120);
              });
            }
            await page.screenshot({
              path: `${shots}/${name}-${locale}-${width}.png`,
              fullPage: name !== "profile",
            });
          }
        }
      }
    }
    await context.close();
  }, 240_000);

  it("the pickers work without JavaScript: a search lists matches to tick", async () => {
    const context = await browser.newContext({
      locale: "fi-FI",
      javaScriptEnabled: false,
      viewport: { width: 360, height: 800 },
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${server.url}/fi/login`);
    await page.fill("#login-email", email);
    await page.fill("#login-password", password);
    await page.click("#login-submit");
    await page.waitForURL((url) => !url.pathname.endsWith("/login"));

    await page.goto(`${server.url}/fi/watches/new`);
    await page.fill("#watch-name", "Ikkunanpesu ilman skriptejä");
    // Enter in the search box searches (the form's default button), it does not save.
    await page.fill("#watch-cpv", "ikkunanpesu");
    await page.press("#watch-cpv", "Enter");
    await page.locator("#watch-cpv-found").waitFor();
    expect(await page.locator("#watch-cpv-found").textContent()).toContain("Haulla ”ikkunanpesu” löytyi");
    expect(await page.inputValue("#watch-name")).toBe("Ikkunanpesu ilman skriptejä");
    await page.check("#watch-cpv-found-90911300");
    // The search button of the other picker: the tick above is kept as a pick.
    await page.fill("#watch-municipality", "uusimaa");
    await page.click('button[name="pick"][value="municipality"]');
    await page.locator("#watch-municipality-found").waitFor();
    expect(await page.isChecked("#watch-cpv-90911300")).toBe(true);
    await page.check("#watch-municipality-found-049");
    await page.fill("#watch-municipality", "");
    await page.click("#watch-submit");
    await page.waitForURL(/\/fi\/watches\/[\w-]+\?created=1$/);
    const watchId = new URL(page.url()).pathname.split("/").pop() ?? "";
    const [watch] = await server.services.database.db
      .select({ cpv: watchesWatch.cpvCodes, municipalities: watchesWatch.municipalities })
      .from(watchesWatch)
      .where(eq(watchesWatch.id, watchId));
    expect(watch).toEqual({ cpv: ["90911300"], municipalities: ["049"] });
    await expect.poll(() => page.getByRole("link", { name: planTitle }).count()).toBe(1);

    // The presentation form's CPV picker too. A file chosen before the search is not kept by the
    // browser, and the page says so.
    await page.goto(`${server.url}/fi/presentations/new`);
    await page.fill("#presentation-title", "Ikkunanpesu kouluille");
    await page.fill("#presentation-offering", "Ikkunanpesu kahdesti vuodessa, myös korkeat ikkunat.");
    await page.fill("#presentation-needs", "Koulujen ikkunat Espoossa.");
    await page.setInputFiles("#presentation-files", {
      name: "esite.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(samplePdf()),
    });
    await page.fill("#presentation-cpv", "ikkunanpesu");
    await page.press("#presentation-cpv", "Enter");
    await page.locator("#presentation-cpv-found").waitFor();
    expect(await page.textContent("#presentation-files-again")).toContain("valitse liite uudelleen");
    expect(await page.inputValue("#presentation-title")).toBe("Ikkunanpesu kouluille");
    await page.check("#presentation-cpv-found-90911300");
    await page.fill("#presentation-cpv", "");
    await page.check(`#presentation-recipients-${await espooId()}`);
    await page.click("#presentation-submit");
    await page.waitForURL(/\/fi\/presentations\/[\w-]+\?sent=1$/);
    expect(await page.textContent("main")).toContain("90911300");
    await context.close();
  }, 120_000);
});
