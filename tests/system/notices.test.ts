import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { auditLog } from "../../app/modules/audit/tables.ts";
import { demoPlanningProfiles } from "../../app/modules/demo/demo-organisations.ts";
import { generateDemoPlans } from "../../app/modules/demo/demo-plans.ts";
import { buildNoticeXml } from "../../app/modules/notices/eforms-mapping.ts";
import { prepareNotice } from "../../app/modules/notices/prepare-notice.server.ts";
import { noticesNotice } from "../../app/modules/notices/tables.ts";
import { validateNoticeXml } from "../../app/modules/notices/validate-notice.server.ts";
import { createApiToken } from "../../app/modules/open-data/create-api-token.server.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { createPlan } from "../../app/modules/plans/create-plan.server.ts";
import { planInputSchema } from "../../app/modules/plans/schemas.ts";
import { logInAs, postForm } from "../../app/test/http-session.ts";
import { createFixturePlan, fixtureAdmin } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Issue 14: the notice page, its download and the API give a notice valid against the eForms schema,
// or the list of what is missing; the buyer records where Hilma published it and the plan page links to
// it. The demo plan's E1 is compared with a committed file, so a mapping change shows in review.

let server: TestServer;
let espoo: string;
let vantaa: string;
let buyer: Viewer;
let demoPlan: string;
let draftPlan: string;
/** A public plan whose market dialogue is still ahead, so its E1 can be made today. */
let dialoguePlan: string;
let vantaaPlan: string;
let token: string;

const hilmaAddress = "https://www.hankintailmoitukset.fi/fi/public/procurement/123456/notice/654321/overview";

beforeAll(async () => {
  server = await startTestServer();
  const { database } = server.services;
  const organisations = await database.db.select().from(organisationsOrganisation);
  espoo = organisations.find((row) => row.slug === "espoo")?.id ?? "";
  vantaa = organisations.find((row) => row.slug === "vantaa")?.id ?? "";
  const [user] = await database.db
    .select()
    .from(accountsUser)
    .where(eq(accountsUser.email, "hankinnat@espoo.example"));
  if (!espoo || !vantaa || !user) throw new Error("demo data missing");
  buyer = {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: "fi",
    isPlatformAdmin: false,
    memberships: [
      { organisationId: espoo, name: "Espoon kaupunki", kind: "municipality", role: "buyer-admin" },
    ],
    activeOrganisationId: espoo,
  };
  // The demo's first Espoo plan in market dialogue with a contact person (the demo is deterministic).
  const demo = generateDemoPlans({ profiles: demoPlanningProfiles, idOf: () => espoo }).find(
    (plan) =>
      plan.organisationKey === "espoo" &&
      plan.lifecycle.status === "market-dialogue" &&
      plan.input.visibility === "public" &&
      plan.input.contactEmail,
  );
  if (!demo) throw new Error("no demo plan in market dialogue");
  const created = await createPlan({
    services: { database },
    viewer: fixtureAdmin,
    organisationId: espoo,
    input: planInputSchema.parse({ ...demo.input, participants: [] }),
  });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  demoPlan = created.planId;
  draftPlan = await createFixturePlan(database, espoo, { visibility: "draft" });
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  dialoguePlan = await createFixturePlan(database, espoo, {
    dialogueStart: day(10),
    dialogueEnd: day(60),
    contactName: "Helmi Hankkija",
    contactEmail: "helmi.hankkija@espoo.example",
  });
  vantaaPlan = await createFixturePlan(database, vantaa, { contactEmail: "hankinnat@vantaa.example" });
  ({ token } = await createApiToken({
    services: server.services,
    viewer: buyer,
    organisationId: espoo,
    name: "Hilma",
  }));
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

describe("a demo plan's notice", () => {
  it("matches the committed E1, E2 and PIN files and validates against the eForms schema", async () => {
    for (const type of ["E1", "E2", "PIN"] as const) {
      const prepared = await prepareNotice({
        services: server.services,
        viewer: buyer,
        planId: demoPlan,
        type,
        places: {},
        // Before the demo dialogue ends (October 2026), so the E1 is not refused as past.
        now: new Date("2026-10-01T07:30:00Z"),
      });
      expect(prepared.missing).toEqual([]);
      // The plan's id is new in every test database: the committed file has a fixed one.
      const fixedId = "00000000-0000-4000-8000-000000000001";
      const xml = buildNoticeXml(type, {
        ...prepared.source,
        noticeId: "11111111-2222-4333-8444-555555555555",
        plan: {
          ...prepared.source.plan,
          id: fixedId,
          url: `https://hankintasilta.example/fi/plans/${fixedId}`,
        },
      });
      expect(validateNoticeXml(xml)).toEqual({ valid: true });
      const file = resolve(`app/modules/notices/fixtures/demo-plan-${type}.xml`);
      if (process.env.UPDATE_NOTICE_FILES === "1") writeFileSync(file, xml);
      expect(xml).toBe(readFileSync(file, "utf8"));
    }
  });
});

describe("GET /api/v1/plans/{id}/eforms", () => {
  const call = (path: string, withToken = true) =>
    fetch(`${server.url}/api/v1${path}`, withToken ? { headers: { Authorization: `Bearer ${token}` } } : {});

  it("gives the organisation's token the validated XML", async () => {
    const response = await call(`/plans/${dialoguePlan}/eforms?type=e1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/xml");
    const xml = await response.text();
    expect(validateNoticeXml(xml)).toEqual({ valid: true });
    expect(xml).toContain(">pmc</cbc:NoticeTypeCode>");
    expect(xml).toContain(`/plans/${dialoguePlan}`);
  });

  it("lists what a draft plan lacks as a problem, and refuses others' plans, bad types and no token", async () => {
    const incomplete = await call(`/plans/${draftPlan}/eforms?type=E1`);
    expect(incomplete.status).toBe(422);
    expect(incomplete.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await incomplete.json()) as { errors: { name: string; reason: string }[] };
    expect(problem.errors.map((error) => error.name)).toEqual(
      expect.arrayContaining(["plan-public", "dialogue-end", "buyer-email"]),
    );
    expect((await call(`/plans/${vantaaPlan}/eforms?type=E2`)).status).toBe(403);
    expect((await call(`/plans/${dialoguePlan}/eforms?type=E9`)).status).toBe(400);
    expect((await call(`/plans/${dialoguePlan}/eforms?type=E1&extra=1`)).status).toBe(400);
    expect((await call("/plans/00000000-0000-4000-8000-000000000000/eforms?type=E1")).status).toBe(404);
    expect((await call(`/plans/${dialoguePlan}/eforms?type=E1`, false)).status).toBe(401);
  });
});

describe("a consultation that is over", () => {
  it("refuses an E1 whose market dialogue has ended, and still gives the E2", async () => {
    const headers = { Authorization: `Bearer ${token}` };
    const ended = await fetch(`${server.url}/api/v1/plans/${demoPlan}/eforms?type=E1`, { headers });
    expect(ended.status).toBe(422);
    const problem = (await ended.json()) as { errors: { name: string }[] };
    expect(problem.errors.map((error) => error.name)).toContain("dialogue-past");
    expect((await fetch(`${server.url}/api/v1/plans/${demoPlan}/eforms?type=E2`, { headers })).status).toBe(
      200,
    );
  });
});

describe("the notice page", () => {
  it("downloads the notice and records where Hilma published it; the public page links to it", async () => {
    const cookie = await logInAs(server.url, "hankinnat@espoo.example");
    const page = await fetch(`${server.url}/fi/workspace/plans/${dialoguePlan}/notice?type=E1`, {
      headers: { cookie },
    });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('id="notice-download"');
    const download = await fetch(`${server.url}/fi/workspace/plans/${dialoguePlan}/notice.xml?type=E1`, {
      headers: { cookie },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toMatch(
      /^attachment; filename="E1-[0-9a-f-]{36}\.xml"$/,
    );
    expect(validateNoticeXml(await download.text())).toEqual({ valid: true });

    const refused = await postForm(
      server.url,
      `/fi/workspace/plans/${dialoguePlan}/notice?type=E1`,
      { intent: "record", type: "E1", reference: "javascript:alert(1)" },
      cookie,
    );
    expect(refused.status).toBe(400);
    const recorded = await postForm(
      server.url,
      `/fi/workspace/plans/${dialoguePlan}/notice?type=E1`,
      { intent: "record", type: "E1", reference: hilmaAddress },
      cookie,
    );
    expect(recorded.status).toBe(302);
    expect(recorded.headers.get("location")).toMatch(/notice\?type=E1&recorded=1$/);
    const publicPage = await (await fetch(`${server.url}/sv/plans/${dialoguePlan}`)).text();
    expect(publicPage).toContain(`href="${hilmaAddress}"`);
    const entries = await server.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "notices.record"), eq(auditLog.entityId, dialoguePlan)));
    expect(entries).toHaveLength(1);
  });

  it("shows a draft plan's missing fields with no download", async () => {
    const cookie = await logInAs(server.url, "asiantuntija@espoo.example");
    const html = await (
      await fetch(`${server.url}/en/workspace/plans/${draftPlan}/notice?type=PIN`, { headers: { cookie } })
    ).text();
    expect(html).toContain("The plan is not public");
    expect(html).not.toContain('id="notice-download"');
  });
});

describe("recording at once", () => {
  it("keeps one notice per plan and type when two buyers record together, both audited", async () => {
    const { recordNotice } = await import("../../app/modules/notices/record-notice.server.ts");
    const references = ["2027-000111", "2027-000222", "2027-000333", "2027-000444"];
    await Promise.all(
      references.map((reference) =>
        recordNotice({
          services: server.services,
          viewer: buyer,
          planId: dialoguePlan,
          input: { type: "PIN", reference },
        }),
      ),
    );
    const rows = await server.services.database.db
      .select()
      .from(noticesNotice)
      .where(and(eq(noticesNotice.planId, dialoguePlan), eq(noticesNotice.type, "PIN")));
    expect(rows).toHaveLength(1);
    expect(references).toContain(rows[0]?.reference);
    const entries = await server.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "notices.record"), eq(auditLog.entityId, dialoguePlan)));
    expect(
      entries.filter((entry) => (entry.summary as { noticeType?: string }).noticeType === "PIN"),
    ).toHaveLength(4);
  });
});
