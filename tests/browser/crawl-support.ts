import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { locales } from "../../app/i18n/locales.ts";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { demoPassword } from "../../app/modules/demo/demo-data.ts";
import { markInterest } from "../../app/modules/interest/mark-interest.server.ts";
import { listMemberships } from "../../app/modules/organisations/memberships.server.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { contactPartnerRequest } from "../../app/modules/partners/contact-partner-request.server.ts";
import { createPartnerRequest } from "../../app/modules/partners/create-partner-request.server.ts";
import { partnerRequestSchema } from "../../app/modules/partners/schemas.ts";
import { addPlanAttachment } from "../../app/modules/plans/add-plan-attachment.server.ts";
import { attachmentFieldsSchema } from "../../app/modules/plans/attachment-rules.ts";
import { transitionSchema } from "../../app/modules/plans/schemas.ts";
import { transitionPlan } from "../../app/modules/plans/transition-plan.server.ts";
import { samplePdf } from "../../app/test/attachment-files.ts";
import { launchChromium } from "../../app/test/browser.ts";
import { createFixturePlan, fixtureAdmin } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// The accessibility crawl, shared by its three test files (visitors, buyers, companies), which vitest
// runs side by side: every page reachable from the navigation (and, for visitors, the sitemap), in all
// three languages, logged out and as each role, must have zero axe violations of WCAG 2.1 A and AA.
export const roles = {
  anonymous: null,
  resident: "kuntalainen@example.fi",
  "buyer-admin": "hankinnat@espoo.example",
  buyer: "asiantuntija@espoo.example",
  leadership: "johto@espoo.example",
  "company-admin": "yrittaja@kirkas.example",
  "company-member": "myynti@kirkas.example",
  advisor: "neuvoja@neuvonta.example",
  "platform-admin": "admin@hankintasilta.example",
} as const;
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const maxPagesPerCrawl = 40;
/** The narrowest phone the service is laid out for (WCAG 1.4.10: 320 CSS px wide). */
export const narrowWidth = 320;
// Links that are not pages to check: downloads and actions.
const skip = [
  /\/logout$/,
  /\/account\/export$/,
  /\/attachments\/[0-9a-f-]{36}$/,
  /\.(xlsx|csv|ics|atom|html|pdf)(\?|$)/,
];

export type CrawlEnvironment = { server: TestServer; browser: Browser };

/** A server with public plans to crawl and a browser; each crawl file starts its own. */
export async function startCrawlEnvironment(): Promise<CrawlEnvironment> {
  const server = await startTestServer();
  await seedForwardPlan(server);
  return { server, browser: await launchChromium() };
}

export async function stopCrawlEnvironment(env: CrawlEnvironment | undefined) {
  await env?.browser.close();
  await env?.server.dispose();
}

/** A browser context logged in as the demo account (or anonymous with null). */
export async function contextAs(env: CrawlEnvironment, email: string | null): Promise<BrowserContext> {
  const context = await env.browser.newContext();
  if (email) {
    const login = await context.request.post(`${env.server.url}/fi/login`, {
      form: { intent: "password", email, password: demoPassword },
      headers: { Origin: env.server.url },
      maxRedirects: 0,
    });
    expect(login.status()).toBe(302);
  }
  return context;
}

/** Runs axe on the page as it is and the 320 px checks, and adds the problems, named by `what`, to `problems`. */
export async function analyzeInto(page: Page, problems: string[], what: string) {
  problems.push(
    ...(await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations.map(
      (v) => `${what}: ${v.id} ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    ),
  );
  problems.push(...(await narrowScreenProblems(page, what)));
}

/** Public plans, so the forward plan's list, plan page, timeline, forecast and joint candidates have content. */
async function seedForwardPlan(testServer: TestServer) {
  const database = testServer.services.database;
  const rows = await database.db
    .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
    .from(organisationsOrganisation);
  const idOf = (slug: string) => rows.find((row) => row.slug === slug)?.id ?? "";
  const withLots = await createFixturePlan(database, idOf("espoo"), {
    isDividedIntoLots: true,
    lots: [
      { title: { fi: "Pohjoinen alue" }, estimatedValueEur: 200_000 },
      { title: { fi: "Eteläinen alue" } },
    ],
    noLotsReason: undefined,
    dialogueStart: "2026-01-01",
    dialogueEnd: "2099-12-31",
    contactName: "Helmi Hankkija",
    contactEmail: "hankinnat@espoo.example",
  });
  // An attachment, so the plan page's list and the workspace's attachment and removal pages are checked.
  await addPlanAttachment({
    services: { database },
    viewer: fixtureAdmin,
    planId: withLots,
    file: { name: "Markkinakartoitus.pdf", bytes: samplePdf() },
    fields: attachmentFieldsSchema.parse({ title: "Markkinakartoituksen yhteenveto" }),
  });
  await createFixturePlan(database, idOf("porvoo"), { title: { fi: "Ikkunanpesu" }, mainCpv: "90911000" });
  const awarded = await createFixturePlan(database, idOf("espoo"), {
    title: { fi: "Työterveyshuolto" },
    mainCpv: "85147000",
  });
  await seedCompanyActivity(testServer, withLots);
  const services = { database };
  for (const transition of [
    { to: "tender-published", hilmaNotice: "2029-000111" },
    { to: "contract-awarded", contractEnd: "2098-06-30" },
  ])
    await transitionPlan({
      services,
      viewer: fixtureAdmin,
      planId: awarded,
      transition: transitionSchema.parse(transition),
    });
}

/**
 * Interest and partner search on the plan with lots: the cleaning company is interested, the catering
 * company seeks a subcontractor for lot 1, and the cleaning company has written to it (a thread).
 */
async function seedCompanyActivity(testServer: TestServer, planId: string) {
  const services = testServer.services;
  const viewerOf = async (email: string): Promise<Viewer> => {
    const [user] = await services.database.db
      .select()
      .from(accountsUser)
      .where(eq(accountsUser.email, email));
    const memberships = user ? await listMemberships(services.database.db, user.id) : [];
    return {
      userId: user?.id ?? "",
      name: user?.name ?? "",
      email,
      locale: "fi",
      isPlatformAdmin: false,
      memberships,
      activeOrganisationId: memberships[0]?.organisationId ?? null,
    };
  };
  const kirkas = await viewerOf(roles["company-admin"]);
  await markInterest({ services, viewer: kirkas, planId, note: "Siivoamme kouluja Espoossa." });
  const posted = await createPartnerRequest({
    services,
    viewer: await viewerOf("catering@lahiruoka.example"),
    planId,
    input: partnerRequestSchema.parse({
      kind: "subcontracting",
      direction: "seeking",
      lotNumber: "1",
      description: "Haemme alihankkijaa pohjoisen alueen päiväkotien aamupalatoimituksiin.",
    }),
  });
  if (posted.ok)
    await contactPartnerRequest({
      services,
      viewer: kirkas,
      partnerRequestId: posted.requestId,
      body: "Voisimme hoitaa myös keittiöiden siivouksen.",
    });
}

/** One URL per route: organisation ids and the like are replaced, so each kind of page is checked once. */
function patternOf(pathname: string): string {
  return pathname.replace(/\/[0-9a-f]{8}-[0-9a-f-]{27,}(?=\/|$)/g, "/:id");
}

async function sitemapPaths(server: TestServer, locale: string): Promise<string[]> {
  const xml = await (await fetch(`${server.url}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1] as string).pathname)
    .filter((path) => path.startsWith(`/${locale}/`));
}

async function check(page: Page, url: string): Promise<string[]> {
  const response = await page.goto(url);
  const problems: string[] = [];
  if (!response || response.status() >= 500) problems.push(`${url}: HTTP ${response?.status()}`);
  const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  problems.push(...violationsOf(url, result.violations));
  problems.push(...(await narrowScreenProblems(page, url)));
  return problems;
}

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function violationsOf(what: string, violations: Violation[]): string[] {
  return violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(" "))
      .join(", ");
    return `${what}: ${violation.id} (${violation.impact}) ${violation.help} – ${targets}`;
  });
}

/**
 * The page at the narrowest phone width (320 CSS px, WCAG 1.4.10 reflow): nothing may widen the page
 * past the screen, and a region that scrolls sideways must be reachable by keyboard (axe's
 * scrollable-region-focusable, which only fires where something does scroll). The viewport is put back.
 */
export async function narrowScreenProblems(page: Page, what: string): Promise<string[]> {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: narrowWidth, height: size.height });
  try {
    const problems: string[] = [];
    const overflow = await page.evaluate(describeOverflow);
    if (overflow) problems.push(`${what}: at ${narrowWidth} px ${overflow}`);
    const scrolling = await new AxeBuilder({ page }).withRules(["scrollable-region-focusable"]).analyze();
    problems.push(...violationsOf(`${what} at ${narrowWidth} px`, scrolling.violations));
    return problems;
  } finally {
    await page.setViewportSize(size);
  }
}

/**
 * Null when the page is no wider than the window; otherwise its width and the element reaching furthest
 * right that no scrolling or clipping box contains (the one to fix), runs in the page.
 */
function describeOverflow(): string | null {
  const root = document.documentElement;
  if (root.scrollWidth <= root.clientWidth) return null;
  const isContained = (element: Element) => {
    for (
      let parent = element.parentElement;
      parent && parent !== document.body;
      parent = parent.parentElement
    ) {
      if (getComputedStyle(parent).overflowX !== "visible") return true;
    }
    return false;
  };
  let widest: Element | null = null;
  let right = root.clientWidth;
  for (const element of document.body.querySelectorAll("*")) {
    const edge = element.getBoundingClientRect().right;
    if (edge > right + 0.5 && !isContained(element)) {
      right = edge;
      widest = element;
    }
  }
  const name = widest
    ? `<${widest.tagName.toLowerCase()}${widest.id ? ` id="${widest.id}"` : ""}${
        widest.getAttribute("class") ? ` class="${widest.getAttribute("class")}"` : ""
      }> "${(widest.textContent ?? "").trim().slice(0, 60)}"`
    : "(no single element)";
  return `the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window; widest: ${name} reaches ${Math.round(right)} px`;
}

async function crawl(server: TestServer, context: BrowserContext, locale: string, seeds: string[]) {
  const page = await context.newPage();
  const queue = [`/${locale}/`, ...seeds];
  const seen = new Set<string>();
  const visited: string[] = [];
  const problems: string[] = [];
  while (queue.length > 0 && visited.length < maxPagesPerCrawl) {
    const path = queue.shift() as string;
    // Filter, sort and page links (query strings) show the same page template: one visit per route, plus
    // a search-result page, whose snippets differ.
    const [pathname = "", search = ""] = path.split("?");
    const pattern = patternOf(pathname) + (/(^|&)q=/.test(search) ? "?q" : "");
    if (seen.has(pattern) || skip.some((re) => re.test(path))) continue;
    seen.add(pattern);
    visited.push(path);
    problems.push(...(await check(page, `${server.url}${path}`)));
    const links = await page.$$eval("a[href]", (anchors) =>
      anchors.map((a) => (a as HTMLAnchorElement).href),
    );
    for (const href of links) {
      const url = new URL(href);
      if (url.origin !== server.url || !url.pathname.startsWith(`/${locale}/`)) continue;
      queue.push(url.pathname + url.search);
    }
  }
  await page.close();
  return { visited, problems };
}

/**
 * The languages a role's crawl covers. Page templates do not change with the language, so every
 * language is crawled for the visitor, a buyer administrator and a company administrator, whose crawls
 * reach every template; the other roles see the same templates with other rights, checked in Finnish.
 * (Crawling every role in three languages took most of the test suite's time.)
 */
export function crawlLocales(role: keyof typeof roles): readonly string[] {
  return role === "anonymous" || role === "buyer-admin" || role === "company-admin" ? locales : ["fi"];
}

/** Crawls every page the role reaches in its crawlLocales; returns the pages visited and the problems. */
export async function crawlAsRole(env: CrawlEnvironment, role: keyof typeof roles) {
  const email = roles[role];
  const context = await contextAs(env, email);
  const problems: string[] = [];
  let pages = 0;
  for (const locale of crawlLocales(role)) {
    const seeds = email
      ? []
      : [...(await sitemapPaths(env.server, locale)), `/${locale}/plans?q=siivous`, `/${locale}/events`];
    const result = await crawl(env.server, context, locale, seeds);
    pages += result.visited.length;
    problems.push(...result.problems);
  }
  await context.close();
  return { pages, problems };
}
