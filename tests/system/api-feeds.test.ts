import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { parseIcalStrictly } from "../../app/test/strict-ical.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";

// The API's filters (the forward plan's, strict) and the same filter state as Atom, iCalendar, CSV and
// XLSX: each lists exactly the public plans that match, and nothing else.

let server: TestServer;
const ids: Record<string, string> = {};

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { response, bytes, text, json: () => JSON.parse(text) };
}

const listIds = async (query: string) =>
  ((await get(`/api/v1/plans?${query}`)).json().data as { id: string }[]).map((plan) => plan.id).sort();

beforeAll(async () => {
  server = await startTestServer();
  const { database } = server.services;
  const organisations = await database.db.select().from(organisationsOrganisation);
  const org = (slug: string) => {
    const found = organisations.find((row) => row.slug === slug);
    if (!found) throw new Error(`demo data has no ${slug}`);
    return found.id;
  };
  ids.cleaning = await createFixturePlan(database, org("espoo"), {
    dialogueStart: "2026-01-01",
    dialogueEnd: "2099-12-31",
    tenderYear: 2030,
    tenderQuarter: 1,
    tenderMonth: 2,
  });
  ids.food = await createFixturePlan(database, org("vantaa"), {
    title: { fi: "=Ruokapalvelut päiväkodeille", sv: "Mattjänster för daghem" },
    need: { fi: "Terveellinen ruoka 40 päiväkotiin." },
    mainCpv: "55520000",
    estimatedValueEur: 2_000_000,
    tenderYear: 2031,
    tenderQuarter: 4,
    isDividedIntoLots: true,
    lots: [{ title: { fi: "Itä" } }, { title: { fi: "Länsi" } }],
    noLotsReason: undefined,
  });
  ids.snow = await createFixturePlan(database, org("kauniainen"), {
    title: { fi: "Lumityöt ja liukkaudentorjunta" },
    need: { fi: "Katujen talvikunnossapito." },
    mainCpv: "90620000",
    estimatedValueEur: 50_000,
    tenderYear: 2030,
    tenderQuarter: 3,
  });
  ids.draft = await createFixturePlan(database, org("espoo"), {
    title: { fi: "Luonnos siivous ABCD" },
    visibility: "draft",
  });
  ids.internal = await createFixturePlan(database, org("espoo"), {
    title: { fi: "Sisäinen siivous EFGH" },
    visibility: "internal",
  });
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

describe("API filters", () => {
  it("filter the list like the forward plan", async () => {
    expect(await listIds("q=siivous")).toEqual([ids.cleaning]);
    expect(await listIds("q=st%C3%A4dtj%C3%A4nster")).toEqual([ids.cleaning]);
    expect(await listIds("q=siivouspalvlut")).toEqual([ids.cleaning]);
    expect(await listIds("cpv=90000000")).toEqual([ids.cleaning, ids.snow].sort());
    expect(await listIds("organisation=espoo&organisation=vantaa")).toEqual([ids.cleaning, ids.food].sort());
    expect(await listIds("valueBand=below-national")).toEqual([ids.snow]);
    expect(await listIds("valueBand=eu&valueBand=national")).toEqual([ids.cleaning, ids.food].sort());
    expect(await listIds("year=2030&quarter=3")).toEqual([ids.snow]);
    expect(await listIds("lots=yes")).toEqual([ids.food]);
    expect(await listIds("dialogueOpen=1")).toEqual([ids.cleaning]);
    expect(await listIds("sustainability=strategic-procurement")).toHaveLength(3);
    expect(await listIds("status=idea&status=cancelled")).toHaveLength(3);
    expect(await listIds("q=siivous&organisation=vantaa")).toEqual([]);
  });

  it("refuse malformed filters with a 400 problem naming the parameter", async () => {
    for (const [query, name] of [
      ["cpv=123", "cpv"],
      ["year=twenty", "year"],
      ["quarter=5", "quarter"],
      ["valueBand=huge", "valueBand.0"],
      ["lots=maybe", "lots"],
      ["region=1", "region"],
      ["q=a&q=b", "q"],
      ["sort=value", ""],
    ] as const) {
      const { response, json } = await get(`/api/v1/plans?${query}`);
      expect(response.status, query).toBe(400);
      if (name)
        expect(
          json().errors.map((e: { name: string }) => e.name),
          query,
        ).toContain(name);
    }
  });
});

describe("feeds and downloads", () => {
  it("Atom lists the matching public plans in the chosen language, with links to their pages", async () => {
    const { response, text } = await get("/api/v1/plans.atom?q=siivous&lang=sv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(text).toContain("Städtjänster för skolor");
    expect(text).toContain(`/sv/plans/${ids.cleaning}`);
    expect(text).toContain(`urn:uuid:${ids.cleaning}`);
    expect(text).not.toContain(ids.food);
    const all = (await get("/api/v1/plans.atom")).text;
    expect(all.match(/<entry>/g)).toHaveLength(3);
    expect(all).toContain("=Ruokapalvelut päiväkodeille");
  });

  it("iCalendar has the tender month or quarter and the dialogue window as all-day events", async () => {
    const { response, text } = await get("/api/v1/plans.ics?lang=en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("X-WR-TIMEZONE:Europe/Helsinki");
    expect(unfolded).toContain(`UID:${ids.cleaning}-tender@`);
    // February 2030 (the month is known): 1 Feb – 1 Mar exclusive.
    expect(unfolded).toMatch(
      /DTSTART;VALUE=DATE:20300201\r\nDTEND;VALUE=DATE:20300301|DTSTART;VALUE=DATE:20300201[\s\S]*?DTEND;VALUE=DATE:20300301/,
    );
    // Q4 2031: 1 Oct 2031 – 1 Jan 2032 exclusive.
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20311001");
    expect(unfolded).toContain("DTEND;VALUE=DATE:20320101");
    // The dialogue window's last day is included.
    expect(unfolded).toContain(`UID:${ids.cleaning}-dialogue@`);
    expect(unfolded).toContain("DTEND;VALUE=DATE:21000101");
    expect(unfolded).toContain("Call for tenders planned: School cleaning services");
    expect(unfolded).not.toContain("ABCD");
    // The same data gives the same file, so conditional requests work.
    const etag = response.headers.get("etag") ?? "";
    expect((await get("/api/v1/plans.ics?lang=en", { "If-None-Match": etag })).response.status).toBe(304);
    // Every language's calendar, and a filtered one, is valid under a strict parser (RFC 5545).
    for (const query of ["lang=fi", "lang=sv", "lang=en", "lang=sv&organisation=espoo&dialogueOpen=1"]) {
      const parsed = parseIcalStrictly((await get(`/api/v1/plans.ics?${query}`)).text);
      expect(parsed.getAllSubcomponents("vevent").length, query).toBeGreaterThan(0);
    }
  });

  it("CSV has a header, one row per matching plan and no formula injection", async () => {
    const { response, text } = await get("/api/v1/plans.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="hankintasuunnitelmat-/,
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]?.startsWith("id,url,organisation,")).toBe(true);
    expect(lines).toHaveLength(4);
    expect(text).toContain("'=Ruokapalvelut päiväkodeille");
    expect(text).not.toContain(",=Ruokapalvelut");
    expect(text).not.toContain("ABCD");
    expect(text).not.toContain("EFGH");
    const filtered = (await get("/api/v1/plans.csv?cpv=55520000")).text.trim().split("\r\n");
    expect(filtered).toHaveLength(2);
  });

  it("XLSX opens as a workbook with the same rows, and pages announce the next one in Link", async () => {
    const { response, bytes } = await get("/api/v1/plans.xlsx?limit=2");
    expect(response.status).toBe(200);
    expect(response.headers.get("link")).toMatch(/rel="next"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet("plans");
    expect(sheet?.rowCount).toBe(3);
    const next = /<([^>]+)>; rel="next"/.exec(response.headers.get("link") ?? "")?.[1] ?? "";
    const second = await get(new URL(next).pathname + new URL(next).search);
    const rest = new ExcelJS.Workbook();
    await rest.xlsx.load(second.bytes.buffer as ArrayBuffer);
    expect(rest.getWorksheet("plans")?.rowCount).toBe(2);
    expect(second.response.headers.get("link")).not.toMatch(/rel="next"/);
  });

  it("feeds refuse unknown parameters and answer CORS for any origin", async () => {
    for (const path of ["plans.atom", "plans.ics", "plans.csv", "plans.xlsx"]) {
      expect((await get(`/api/v1/${path}?foo=1`)).response.status, path).toBe(400);
      const ok = await get(`/api/v1/${path}`, { Origin: "https://example.org" });
      expect(ok.response.headers.get("access-control-allow-origin"), path).toBe("*");
    }
    expect((await get("/api/v1/plans.csv?lang=fi")).response.status).toBe(400);
  });
});
