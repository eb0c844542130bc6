import { eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiV1 } from "../../app/modules/open-data/api-v1.server.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { addPlanAttachment } from "../../app/modules/plans/add-plan-attachment.server.ts";
import { attachmentFieldsSchema } from "../../app/modules/plans/attachment-rules.ts";
import { publicPlansOnly } from "../../app/modules/plans/policy.ts";
import { plansPlan } from "../../app/modules/plans/tables.ts";
import { samplePdf } from "../../app/test/attachment-files.ts";
import { createFixturePlan, fixtureAdmin } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// Draft and internal plans appear in NO public output: pages, search, facet counts, API, feeds,
// downloads and OCDS. Every output is listed here; the API's GET routes are read from the API app
// itself, so a new endpoint fails this test until it is added. A public control plan, made like the
// hidden ones, must appear in each output, so the test can tell an output that shows nothing.

let server: TestServer;
const hidden: { id: string; marker: string; attachment: string }[] = [];
let controlAttachment = "";
let control = "";
let controlAwarded = "";
let espoo = "";
const controlMarker = "Kontrollisuunnitelma Pöllökangas";

async function read(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}${path}`);
  const bytes = await response.arrayBuffer();
  if ((response.headers.get("content-type") ?? "").includes("spreadsheetml")) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
    return { status: response.status, text: cells.join("\n") };
  }
  return { status: response.status, text: new TextDecoder().decode(bytes) };
}

beforeAll(async () => {
  server = await startTestServer();
  const { database } = server.services;
  const organisations = await database.db.select().from(organisationsOrganisation);
  const org = (slug: string) => organisations.find((row) => row.slug === slug)?.id ?? "";
  espoo = org("espoo");
  // All alike (same CPV, timing, dialogue open now, a contract ending later) so that every view
  // (list, facets, timeline, forecast, joint candidates) would pick up the hidden ones too.
  const like = (title: string, visibility: string) => ({
    title: { fi: title, sv: `${title} sv`, en: `${title} en` },
    need: { fi: `${title}: tarve` },
    dialogueStart: "2026-01-01",
    dialogueEnd: "2099-12-31",
    visibility,
  });
  const attach = async (planId: string, name: string) => {
    const added = await addPlanAttachment({
      services: server.services,
      viewer: fixtureAdmin,
      planId,
      file: { name: `${name}.pdf`, bytes: samplePdf(`Liite ${planId}`) },
      fields: attachmentFieldsSchema.parse({}),
    });
    if (!added.ok) throw new Error(`attachment refused: ${JSON.stringify(added)}`);
    return added.attachmentId;
  };
  control = await createFixturePlan(database, espoo, like(controlMarker, "public"));
  controlAttachment = await attach(control, "Kontrollin liite");
  controlAwarded = await createFixturePlan(database, espoo, like(`${controlMarker} päättyvä`, "public"));
  await createFixturePlan(database, org("vantaa"), like("Vantaan vastinsuunnitelma", "public"));
  const awarded = [controlAwarded];
  for (const [marker, visibility, isAwarded] of [
    ["Luonnossuunnitelma Kuusikorpi", "draft", false],
    ["Sisäinen suunnitelma Haukilahti", "internal", false],
    ["Luonnossuunnitelma Tapiola", "draft", true],
    ["Sisäinen suunnitelma Otaniemi", "internal", true],
  ] as const) {
    const id = await createFixturePlan(database, espoo, like(marker, visibility));
    hidden.push({ id, marker, attachment: await attach(id, marker) });
    if (isAwarded) awarded.push(id);
  }
  // Upcoming plans feed the list, timeline and joint candidates; awarded ones the re-tender forecast.
  await database.db
    .update(plansPlan)
    .set({ status: "contract-awarded", contractEnd: "2031-06-30", hilmaNotice: "2026-123456" })
    .where(inArray(plansPlan.id, awarded));
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

/** Concrete URLs for each GET route of the API app; a route missing here fails the test. */
function apiUrls(): string[] {
  const ocid = (id: string) => `${server.services.ocdsOcidPrefix}-${id}`;
  const search = "q=suunnitelma";
  const byRoute: Record<string, string[]> = {
    "/openapi.json": ["/api/v1/openapi.json"],
    "/plans": ["/api/v1/plans?limit=100", `/api/v1/plans?${search}`, `/api/v1/plans?organisation=${espoo}`],
    "/plans.atom": ["/api/v1/plans.atom?limit=1000", `/api/v1/plans.atom?${search}`],
    "/plans.ics": ["/api/v1/plans.ics?limit=1000&lang=sv"],
    "/plans.csv": ["/api/v1/plans.csv", `/api/v1/plans.csv?${search}`],
    "/plans.xlsx": ["/api/v1/plans.xlsx"],
    "/plans/:id": [`/api/v1/plans/${control}`],
    // Its links name the plan: the control shows by its id.
    "/plans/:id/questions": [`/api/v1/plans/${control}/questions`],
    "/plans/:id/rfis": [`/api/v1/plans/${control}/rfis`],
    "/plans/:id/drafts": [`/api/v1/plans/${control}/drafts`],
    "/plans/:id/attachments/:attachmentId": [`/api/v1/plans/${control}/attachments/${controlAttachment}`],
    "/ocds/releases": ["/api/v1/ocds/releases?limit=100"],
    "/ocds/records/:ocid": [`/api/v1/ocds/records/${ocid(control)}`],
    // Companies, not plans: checked only for hiding the draft and internal plans.
    "/companies": ["/api/v1/companies", "/api/v1/companies?q=suunnitelma"],
    "/companies/:id": [],
    // The caller's own watches: anonymous gets 401 (tests/system/api.test.ts).
    "/watches": [],
    // A plan's eForms notice, for the organisation's own API tokens only (tests/system/notices.test.ts).
    "/plans/:id/eforms": [],
    // Market-dialogue events, not plans: checked only for hiding the draft and internal plans.
    "/events.ics": ["/api/v1/events.ics?lang=sv"],
  };
  const routes = createApiV1(server.services)
    .routes.filter((route) => route.method === "GET")
    .map((route) => route.path);
  for (const route of routes)
    expect(byRoute, `add the new API route ${route} to this test`).toHaveProperty([route]);
  return routes.flatMap((route) => byRoute[route] ?? []);
}

function pageUrls(): string[] {
  return ["fi", "sv", "en"].flatMap((lang) => [
    `/${lang}/`,
    `/${lang}/plans`,
    `/${lang}/plans?q=suunnitelma`,
    `/${lang}/plans?status=contract-awarded&dialogueOpen=1`,
    `/${lang}/plans/timeline`,
    `/${lang}/plans/forecast`,
    `/${lang}/plans/joint-candidates`,
    `/${lang}/plans/${control}`,
    `/${lang}/plans/${control}/attachments/${controlAttachment}`,
    `/${lang}/organisations/${espoo}`,
  ]);
}

describe("public outputs", () => {
  it("show the public control plan and never a draft or internal plan", async () => {
    const shown: string[] = [];
    for (const path of [...pageUrls(), ...apiUrls(), "/sitemap.xml"]) {
      const { status, text } = await read(path);
      expect(status, path).toBe(200);
      for (const plan of hidden) {
        expect(text, `${path} shows ${plan.marker}`).not.toContain(plan.id);
        expect(text, `${path} shows ${plan.marker}`).not.toContain(plan.marker);
      }
      if ([control, controlAwarded, controlMarker].some((value) => text.includes(value))) shown.push(path);
    }
    // The home page and the API description need not list plans; everything else must show the control.
    const mustShow = [...pageUrls(), ...apiUrls(), "/sitemap.xml"].filter(
      (path) =>
        !/^\/(fi|sv|en)\/$/.test(path) &&
        path !== "/api/v1/openapi.json" &&
        !path.startsWith("/api/v1/companies") &&
        !path.startsWith("/api/v1/events.ics"),
    );
    expect(mustShow.filter((path) => !shown.includes(path))).toEqual([]);
  });

  it("count only public plans in the result count and facet counts", async () => {
    const { db } = server.services.database;
    const publicCount = (await db.select({ id: plansPlan.id }).from(plansPlan).where(publicPlansOnly()))
      .length;
    // All phases: the page opens on upcoming and ongoing plans only (ADR 032).
    const { text } = await read("/fi/plans?phase=all");
    expect(text).toContain(`Löytyi ${publicCount} suunnitelmaa.`);
    // The status facet of "contract-awarded" counts the control and nothing hidden (all three are awarded).
    const awarded = (
      await db.select({ id: plansPlan.id }).from(plansPlan).where(eq(plansPlan.status, "contract-awarded"))
    ).length;
    expect(awarded).toBe(3);
    const filtered = await read("/fi/plans?status=contract-awarded");
    expect(filtered.text).toContain("Löytyi 1 suunnitelma.");
    const { json } = { json: JSON.parse((await read("/api/v1/plans?status=contract-awarded")).text) };
    expect(json.data.map((plan: { id: string }) => plan.id)).toEqual([controlAwarded]);
  });

  it("answer 404 for the hidden plans' own addresses", async () => {
    for (const plan of hidden) {
      for (const path of [
        `/fi/plans/${plan.id}`,
        `/sv/plans/${plan.id}`,
        `/en/plans/${plan.id}`,
        `/api/v1/plans/${plan.id}`,
        `/api/v1/plans/${plan.id}/attachments/${plan.attachment}`,
        `/api/v1/plans/${plan.id}/questions`,
        `/api/v1/plans/${plan.id}/rfis`,
        `/api/v1/plans/${plan.id}/drafts`,
        `/fi/plans/${plan.id}/attachments/${plan.attachment}`,
        `/api/v1/ocds/records/${server.services.ocdsOcidPrefix}-${plan.id}`,
      ]) {
        expect((await read(path)).status, path).toBe(404);
      }
    }
  });
});
