import { mkdirSync } from "node:fs";
import { eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { listMemberships } from "../../app/modules/organisations/memberships.server.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { partnersThread } from "../../app/modules/partners/tables.ts";
import { presentationSchema } from "../../app/modules/presentations/schemas.ts";
import { sendPresentation } from "../../app/modules/presentations/send-presentation.server.ts";
import { presentationsRecipient } from "../../app/modules/presentations/tables.ts";
import { describeInBrowser } from "../../app/test/browser.ts";
import {
  type CrawlEnvironment,
  contextAs,
  startCrawlEnvironment,
  stopCrawlEnvironment,
} from "./crawl-support.ts";

// Issue 12 points 1 and 2 with JavaScript on: a reply in the buyer's inbox turns "new" into "reviewed"
// and the state selector shows it (saving it unchanged keeps "reviewed"); reply boxes are empty after a
// sent message, and the same message sent again within a minute is refused with a clear message. The
// pages of points 1, 2, 17 and 19 are photographed at 360 and 1280 px in fi, sv and en when SHOTS_DIR
// is set.

let env: CrawlEnvironment | undefined;
const ids = { espoo: "", porvoo: "", recipient: "", thread: "" };

async function viewerOf(email: string): Promise<Viewer> {
  const db = env?.server.services.database.db;
  if (!db) throw new Error("no server");
  const [user] = await db.select().from(accountsUser).where(eq(accountsUser.email, email));
  const memberships = user ? await listMemberships(db, user.id) : [];
  return {
    userId: user?.id ?? "",
    name: user?.name ?? "",
    email,
    locale: "fi",
    isPlatformAdmin: false,
    memberships,
    activeOrganisationId: memberships[0]?.organisationId ?? null,
  };
}

beforeAll(async () => {
  if (process.env.SKIP_BROWSER === "1") return;
  env = await startCrawlEnvironment();
  const { services } = env.server;
  const db = services.database.db;
  const organisations = await db
    .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
    .from(organisationsOrganisation);
  const idOf = (slug: string) => organisations.find((row) => row.slug === slug)?.id ?? "";
  ids.espoo = idOf("espoo");
  ids.porvoo = idOf("porvoo");
  const company = await viewerOf("yrittaja@kirkas.example");
  const sent = await sendPresentation({
    services,
    viewer: company,
    companyId: idOf("kirkas"),
    input: presentationSchema.parse({
      title: "Ekologinen ylläpitosiivous",
      offering: "Joutsenmerkityt aineet ja koulutettu henkilöstö.",
      needs: "Koulujen ja päiväkotien siivous.",
      cpv: ["90910000"],
      recipients: [ids.espoo],
    }),
  });
  if (!sent.ok) throw new Error("presentation refused");
  const [recipient] = await db
    .select({ id: presentationsRecipient.id })
    .from(presentationsRecipient)
    .where(eq(presentationsRecipient.organisationId, ids.espoo));
  ids.recipient = recipient?.id ?? "";
  const [thread] = await db.select({ id: partnersThread.id }).from(partnersThread);
  ids.thread = thread?.id ?? "";
}, 180_000);
afterAll(async () => {
  await stopCrawlEnvironment(env);
});

async function send(page: Page, field: string, submit: string, text: string) {
  await page.fill(field, text);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.click(submit),
  ]);
  await page.waitForLoadState("networkidle");
}

describeInBrowser("in Chromium", () => {
  it("shows the state a reply gave, and clears the reply box after sending, refusing the same text twice", async () => {
    if (!env) return;
    const context = await contextAs(env, "hankinnat@espoo.example");
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/fi/organisations/${ids.espoo}/inbox/${ids.recipient}`);
    // Typing while React hydrates can be lost: wait until the page's scripts have taken over.
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    expect(await page.inputValue("#presentation-state")).toBe("new");
    const field = `#reply-${ids.recipient}`;
    const submit = `#reply-${ids.recipient}-submit`;
    const text = "Kiitos esittelystä, palaamme asiaan markkinavuoropuhelussa.";
    await send(page, field, submit, text);
    await page.waitForURL(/replied=1/);
    // The address changes before the page has re-rendered with the new data: wait for the state.
    await expect.poll(() => page.inputValue(field)).toBe("");
    await expect.poll(() => page.inputValue("#presentation-state")).toBe("reviewed");
    // Saving the state form unchanged keeps "reviewed".
    await Promise.all([page.waitForURL(/saved=1/), page.click("#presentation-state-submit")]);
    await expect.poll(() => page.inputValue("#presentation-state")).toBe("reviewed");
    await send(page, field, submit, text);
    await expect
      .poll(() => page.locator(`[id="reply-${ids.recipient}-error"]`).textContent())
      .toContain("Lähetit juuri saman viestin");
    expect(await page.locator(".thread > li").count()).toBe(1);
    await context.close();
  });

  it("clears the partner thread's reply box after sending and refuses the same text twice", async () => {
    if (!env) return;
    const context = await contextAs(env, "catering@lahiruoka.example");
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/fi/partners/threads/${ids.thread}`);
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    const text = "Kiitos, soitellaan huomenna aamupäivällä.";
    await send(page, "#partner-reply-body", "#partner-reply-submit", text);
    await page.waitForURL(/sent=1/);
    await expect.poll(() => page.inputValue("#partner-reply-body")).toBe("");
    await send(page, "#partner-reply-body", "#partner-reply-submit", text);
    await expect.poll(() => page.textContent("body")).toContain("Lähetit juuri saman viestin");
    expect(await page.locator("ol.thread > li").count()).toBe(2);
    await context.close();
  });

  it("photographs the pages at 360 and 1280 px in fi, sv and en", async () => {
    const dir = process.env.SHOTS_DIR;
    if (!env || !dir) return;
    mkdirSync(dir, { recursive: true });
    const shoot = async (context: BrowserContext, name: string, path: string) => {
      for (const width of [360, 1280])
        for (const locale of ["fi", "sv", "en"]) {
          const page = await context.newPage();
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${env?.server.url}/${locale}${path}`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth > window.innerWidth,
          );
          expect(overflow, `${name} ${locale} ${width}`).toBe(false);
          await page.screenshot({ path: `${dir}/${name}-${locale}-${width}.png`, fullPage: true });
          await page.close();
        }
    };
    const buyer = await contextAs(env, "hankinnat@espoo.example");
    await shoot(buyer, "inbox-item", `/organisations/${ids.espoo}/inbox/${ids.recipient}`);
    await shoot(buyer, "audit", `/organisations/${ids.espoo}/audit`);
    await shoot(buyer, "organisation-porvoo", `/organisations/${ids.porvoo}`);
    await buyer.close();
    const company = await contextAs(env, "yrittaja@kirkas.example");
    await shoot(company, "partner-thread", `/partners/threads/${ids.thread}`);
    await shoot(company, "partners", "/partners");
    // The catering company's request on the Espoo plan, as another company finds it.
    await shoot(company, "partner-board", "/partners/board?region=01");
    await company.close();
    const visitor = await contextAs(env, null);
    await shoot(visitor, "plans-partner-filter", "/plans?partnerRequests=1");
    await visitor.close();
  }, 180_000);
});
