import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { parseIcalStrictly } from "../../test/strict-ical.ts";
import { jsonText } from "./http-responses.ts";
import { publicPlansAtom } from "./plan-atom.ts";
import { publicPlansCsv, publicPlansXlsx } from "./plan-downloads.ts";
import { publicPlansIcal } from "./plan-ical.ts";
import { planJson } from "./plan-json.ts";
import { publicPlanColumns, publicPlanRow } from "./plan-table.ts";
import type { PublicPlan } from "./public-plan-queries.server.ts";

// One hostile plan, as a row stored before the edge check (ADR 027) could hold it, through every feed
// and file writer: each output must stay valid in its format and carry nothing its format forbids.

const forbidden = "\u0001\uFFFE\uFFFF\uD800";
const longLine = "Hyvinvointialueen äöå-palvelut 🧹🇫🇮 ".repeat(40);
const hostileTitle = `=cmd|' /C calc'!A0 <b>markup</b> ]]> ${forbidden}loppu`;
const cleanTitle = "=cmd|' /C calc'!A0 <b>markup</b> ]]> loppu";
const plan: PublicPlan = {
  id: "6b0f7a52-5a3c-4c1e-9a57-1d2b3c4d5e6f",
  organisation: { id: "o1", name: `Espoon${forbidden} kaupunki`, yTunnus: "0101263-6" },
  participants: [],
  title: { fi: hostileTitle },
  need: { fi: `${longLine}\n${forbidden}<script>alert(1)</script>` },
  strategyGoal: null,
  mainCpv: "90910000",
  additionalCpv: [],
  estimatedValueEur: 100_000,
  valueCategory: "goods-services",
  valueBand: null,
  dialogueStart: "2030-01-01",
  dialogueEnd: "2030-02-01",
  tenderYear: 2030,
  tenderQuarter: 2,
  tenderMonth: null,
  contractStart: null,
  contractDurationMonths: null,
  optionMonths: null,
  procedure: "open",
  isDividedIntoLots: false,
  noLotsReason: { fi: "Yksi kokonaisuus." },
  lots: [],
  sustainability: [],
  attachments: [],
  interestedCompanies: 0,
  employmentCondition: false,
  contact: { name: null, email: null, phone: null },
  confidence: "likely",
  status: "market-research",
  hilmaNotice: null,
  contractEnd: null,
  cancelReason: null,
  publishedAt: new Date("2029-01-01T00:00:00Z"),
  updatedAt: new Date("2029-01-02T00:00:00Z"),
  updatedAtText: "1861920000000000",
} as unknown as PublicPlan;

const publicUrl = "https://hankintasilta.test";
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const hasForbidden = (text: string) => /[\u0001\uFFFE\uFFFF]/.test(text) || !text.isWellFormed();

/** Parses XML with a strict, conforming parser; returns the text of each element by name. */
function parseXml(xml: string): Map<string, { attributes: Record<string, string>; text: string }[]> {
  const parser = new SaxesParser({ xmlns: false });
  const found = new Map<string, { attributes: Record<string, string>; text: string }[]>();
  const open: { name: string; attributes: Record<string, string>; text: string }[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) =>
    open.push({ name: tag.name, attributes: tag.attributes as Record<string, string>, text: "" }),
  );
  parser.on("text", (text) => {
    for (const element of open) element.text += text;
  });
  parser.on("cdata", (text) => {
    for (const element of open) element.text += text;
  });
  parser.on("closetag", () => {
    const element = open.pop();
    if (element) found.set(element.name, [...(found.get(element.name) ?? []), element]);
  });
  parser.write(xml).close();
  return found;
}

describe("a hostile plan in every output", () => {
  it("Atom is well-formed XML with the title and content as plain text", () => {
    const atom = publicPlansAtom({
      plans: [plan],
      locale: "fi",
      publicUrl,
      selfUrl: `${publicUrl}/api/v1/plans.atom`,
      updated: plan.updatedAt,
    });
    expect(hasForbidden(atom)).toBe(false);
    const elements = parseXml(atom);
    const title = elements.get("title")?.find((element) => element.text.includes("cmd"));
    expect(title?.attributes.type).toBe("text");
    expect(title?.text).toBe(cleanTitle);
    const content = elements.get("content")?.[0];
    expect(content?.attributes.type).toBe("text");
    expect(content?.text).toContain("<script>alert(1)</script>");
    expect(atom).not.toContain('type="html"');
  });

  it("iCalendar folds at 75 octets without splitting a character and carries no control character", () => {
    const calendar = publicPlansIcal({ plans: [plan], locale: "fi", publicUrl });
    const bytes = new TextEncoder().encode(calendar);
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(calendar);
    const lines = calendar.split("\r\n");
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
      // Each folded piece is whole UTF-8 on its own: no sequence was cut at the fold.
      expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    expect(/[\u0000-\u0008\u000A-\u001F\u007F]/.test(calendar.replace(/\r\n/g, ""))).toBe(false);
    expect(hasForbidden(calendar)).toBe(false);
    const unfolded = calendar.replace(/\r\n /g, "");
    expect(unfolded).toContain(cleanTitle.replace(/;/g, "\\;").replace(/,/g, "\\,"));
  });

  it("iCalendar is valid under a strict parser, ORGANIZER a mailto: address or absent", () => {
    // Without a contact address the event has no ORGANIZER (it had `ORGANIZER;CN="…"` with no value).
    const withoutContact = parseIcalStrictly(publicPlansIcal({ plans: [plan], locale: "fi", publicUrl }));
    const events = withoutContact.getAllSubcomponents("vevent");
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event.hasProperty("organizer")).toBe(false);
      expect(String(event.getFirstPropertyValue("description"))).toContain("Espoon kaupunki");
      expect(String(event.getFirstPropertyValue("summary"))).toContain(cleanTitle);
    }
    // A contact address becomes the cal-address; quotes, a caret and a line break in the organisation's
    // name are written as RFC 6868 escapes inside the quoted CN and read back as they were.
    const hostileName = `Espoon "kaupunki"; ^hankinnat:${forbidden}\n, Esbo`;
    const withContact = {
      ...plan,
      organisation: { ...plan.organisation, name: hostileName },
      contact: { name: "Helmi", email: "hankinnat@espoo.example", phone: null },
    } as PublicPlan;
    for (const locale of ["fi", "sv", "en"] as const) {
      const parsed = parseIcalStrictly(publicPlansIcal({ plans: [withContact], locale, publicUrl }));
      for (const event of parsed.getAllSubcomponents("vevent")) {
        const organizer = event.getFirstProperty("organizer");
        expect(String(organizer?.getFirstValue()).toLowerCase()).toBe("mailto:hankinnat@espoo.example");
        expect(organizer?.getParameter("cn")).toBe('Espoon "kaupunki"; ^hankinnat:\n, Esbo');
      }
    }
    // A contact address that is not a plain address is not put into a URI.
    const oddAddress = { ...withContact, contact: { name: null, email: "a b@x.fi>", phone: null } };
    const odd = parseIcalStrictly(publicPlansIcal({ plans: [oddAddress], locale: "fi", publicUrl }));
    expect(odd.getFirstSubcomponent("vevent")?.hasProperty("organizer")).toBe(false);
  });

  it("CSV keeps the formula as text and drops what no spreadsheet reads", () => {
    const csv = publicPlansCsv([publicPlanRow(plan, { pageUrl: `${publicUrl}/fi/plans/${plan.id}` })]);
    expect(hasForbidden(csv)).toBe(false);
    expect(csv).toContain(`'${cleanTitle}`);
    expect(csv).not.toMatch(/,=cmd/);
  });

  it("XLSX opens, its sheet XML parses, and the title is a text cell", async () => {
    const row = publicPlanRow(plan, { pageUrl: `${publicUrl}/fi/plans/${plan.id}` });
    const bytes = await publicPlansXlsx([row], { source: publicUrl });
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((file) => file.endsWith(".xml"))) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      expect(() => parseXml(xml), name).not.toThrow();
      expect(hasForbidden(xml), name).toBe(false);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const cell = workbook
      .getWorksheet("plans")
      ?.getRow(2)
      .getCell(publicPlanColumns.indexOf("title_fi") + 1);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(String(cell?.value)).toContain(cleanTitle);
  });

  it("JSON is valid and holds no lone surrogate or forbidden character", () => {
    const text = jsonText(planJson(plan, { publicUrl, ocid: `ocds-test-${plan.id}` }));
    const parsed = JSON.parse(text) as { title: { fi: string } };
    expect(parsed.title.fi).toBe(cleanTitle);
    expect(hasForbidden(JSON.stringify(parsed))).toBe(false);
    expect(text).not.toMatch(/\\ud800|\\ufffe|\\uffff|\\u0001/i);
  });
});
