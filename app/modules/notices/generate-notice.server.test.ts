import { XmlDocument } from "libxml2-wasm";
import { describe, expect, it } from "vitest";
import {
  bilingualSource,
  noLotsSource,
  oneLotSource,
  shapedSources,
  swedishOnlySource,
  threeLotsSource,
} from "./fixtures/sources.ts";
import { generateNotice } from "./generate-notice.server.ts";
import { type NoticeSource, type NoticeType, noticeTypes } from "./notice-source.ts";
import { validateNoticeXml } from "./validate-notice.server.ts";
import { eformsNamespaces } from "./xml-writer.ts";

/** The notice's XML, failing the test with the reason when there is none. */
function xmlOf(type: NoticeType, source: NoticeSource): string {
  const result = generateNotice(type, source);
  if (!result.ok) throw new Error(`No ${type} notice: ${JSON.stringify(result)}`);
  return result.xml;
}

/** What an XPath finds, as "languageID:text" where the element has a languageID, else the text. */
function read(xml: string, xpath: string): string[] {
  const doc = XmlDocument.fromString(xml);
  try {
    return doc.find(xpath, eformsNamespaces).map((node) => {
      const language = node.get("@languageID")?.content;
      return language ? `${language}:${node.content}` : node.content;
    });
  } finally {
    doc.dispose();
  }
}

const lotIds = "/*/cac:ProcurementProjectLot/cbc:ID";

describe.each(noticeTypes)("generateNotice %s", (type) => {
  it.each(Object.entries(shapedSources))("writes a valid notice for %s", (_, source) => {
    const xml = xmlOf(type, source);
    expect(validateNoticeXml(xml)).toEqual({ valid: true });
    expect(read(xml, "/*/cbc:ID")).toEqual([source.noticeId]);
    expect(read(xml, "//cac:RealizedLocation//cbc:CountrySubentityCode")[0]).toBe(source.plan.placeNuts3);
    expect(read(xml, "//efac:Company/cac:PostalAddress/cbc:CountrySubentityCode")).toEqual([
      source.buyer.nuts3,
    ]);
    expect(read(xml, "/*/cac:ProcurementProject/cbc:Note")[0]).toContain(source.plan.url);
  });

  it("writes the title and CPV per language, the languages in the plan's order", () => {
    const xml = xmlOf(type, threeLotsSource);
    expect(read(xml, "/*/cac:ProcurementProject/cbc:Name")).toEqual([
      "FIN:Kouluruokailu",
      "SWE:Skolmåltider",
      "ENG:School meals",
    ]);
    expect(read(xml, "/*/cbc:NoticeLanguageCode")).toEqual(["FIN"]);
    expect(read(xml, "/*/cac:AdditionalNoticeLanguage/cbc:ID")).toEqual(["SWE", "ENG"]);
    expect(
      read(xml, "/*/cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode"),
    ).toEqual(["55524000"]);
    expect(read(xml, "//efac:Company/cac:PartyName/cbc:Name")).toEqual([
      "FIN:Espoon kaupunki",
      "SWE:Esbo stad",
      "ENG:Espoon kaupunki",
    ]);
  });

  it("writes each lot in number order with its own title, nature and CPV", () => {
    const xml = xmlOf(type, threeLotsSource);
    const prefix = type === "E1" ? "LOT" : "PAR";
    expect(read(xml, lotIds)).toEqual([`${prefix}-0001`, `${prefix}-0002`, `${prefix}-0003`]);
    expect(read(xml, `${lotIds}/@schemeName`)).toEqual(Array(3).fill(type === "E1" ? "Lot" : "Part"));
    const lots = "/*/cac:ProcurementProjectLot/cac:ProcurementProject";
    expect(read(xml, `${lots}/cbc:Name[@languageID='FIN']`)).toEqual([
      "FIN:Koulujen ateriapalvelut",
      "FIN:Elintarvikkeet",
      "FIN:Keittiön peruskorjaus",
    ]);
    expect(read(xml, `${lots}/cbc:ProcurementTypeCode`)).toEqual(["services", "supplies", "works"]);
    expect(read(xml, `${lots}/cac:MainCommodityClassification/cbc:ItemClassificationCode`)).toEqual([
      "55524000",
      "15000000",
      "45453000",
    ]);
  });

  it("makes the whole procurement one lot when the plan has none, and gives the reason", () => {
    const xml = xmlOf(type, bilingualSource);
    expect(read(xml, lotIds)).toHaveLength(1);
    expect(read(xml, "/*/cac:ProcurementProjectLot/cac:ProcurementProject/cbc:Name")).toEqual([
      "FIN:Kirjaston siivous",
      "SWE:Städning av biblioteket",
    ]);
    expect(read(xml, "/*/cac:ProcurementProject/cbc:Note")).toEqual([
      `FIN:${bilingualSource.plan.url}\n\nYksi rakennus.`,
      `SWE:${bilingualSource.plan.url}\n\nEn byggnad.`,
    ]);
  });

  it("writes a Swedish-only plan in Swedish, the buyer's name in Swedish", () => {
    const xml = xmlOf(type, swedishOnlySource);
    expect(read(xml, "/*/cbc:NoticeLanguageCode")).toEqual(["SWE"]);
    expect(read(xml, "/*/cac:AdditionalNoticeLanguage")).toEqual([]);
    expect(read(xml, "//efac:Company/cac:PartyName/cbc:Name")).toEqual(["SWE:Närpes stad"]);
    expect(read(xml, "//efac:Company/cac:PostalAddress/cbc:CityName")).toEqual(["Närpes"]);
    expect(read(xml, "/*/cac:ProcurementProject/cbc:Name")).toEqual(["SWE:Snöröjning 2028–2030"]);
  });

  it("gives the missing fields and no XML when the plan lacks them", () => {
    const source = { ...oneLotSource, buyer: { ...oneLotSource.buyer, nuts3: null } };
    expect(generateNotice(type, source)).toEqual({
      ok: false,
      missing: [{ code: "buyer-nuts", businessTerm: "BT-507" }],
    });
  });

  it("escapes hostile text and drops what XML 1.0 cannot hold", () => {
    const hostile = `<script>alert(1)</script> & ]]> "x" \u0000\u001b\uD800 end\uDFFF`;
    const source: NoticeSource = {
      ...noLotsSource,
      buyer: { ...noLotsSource.buyer, name: { fi: hostile }, contactName: hostile },
      plan: { ...noLotsSource.plan, title: { fi: hostile }, description: { fi: `${hostile}\nrivi 2` } },
    };
    const xml = xmlOf(type, source);
    expect(validateNoticeXml(xml)).toEqual({ valid: true });
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt;");
    expect(xml).not.toContain("\u0000");
    expect(xml).not.toContain("\u001b");
    expect(xml.isWellFormed()).toBe(true); // no lone surrogate left
    expect(read(xml, "/*/cac:ProcurementProject/cbc:Name")).toEqual([
      `FIN:<script>alert(1)</script> & ]]> "x" end`,
    ]);
  });
});

describe("generateNotice specifics", () => {
  it("E1: where to take part is the plan page, answers until the dialogue's last day", () => {
    const xml = xmlOf("E1", oneLotSource);
    expect(read(xml, "//cac:TenderRecipientParty/cbc:EndpointID")).toEqual([oneLotSource.plan.url]);
    expect(read(xml, "//efac:AnswerReceptionPeriod/cbc:EndDate")).toEqual(["2027-03-31+03:00"]);
    expect(read(xml, "/*/cbc:NoticeTypeCode")).toEqual(["pmc"]);
    expect(read(xml, "//efac:NoticeSubType/cbc:SubTypeCode")).toEqual(["E1"]);
  });

  it("E2 and PIN: the planned call for tenders, the subtype and the legal basis", () => {
    const e2 = xmlOf("E2", oneLotSource);
    const pin = xmlOf("PIN", oneLotSource);
    expect(read(e2, "/*/cbc:PlannedDate")).toEqual(["2027-07-01+03:00"]);
    expect(read(e2, "//efac:NoticeSubType/cbc:SubTypeCode")).toEqual(["E2"]);
    expect(read(e2, "/*/cbc:RegulatoryDomain")).toEqual(["other"]);
    expect(read(pin, "//efac:NoticeSubType/cbc:SubTypeCode")).toEqual(["4"]);
    expect(read(pin, "/*/cbc:RegulatoryDomain")).toEqual(["32014L0024"]);
    expect(read(pin, "/*/cac:TenderingTerms")).toEqual([]);
    expect(read(pin, "//cac:TenderRecipientParty")).toEqual([]);
  });

  it("writes the buyer's legal type, values and the contract period", () => {
    const xml = xmlOf("PIN", threeLotsSource);
    expect(read(xml, "//cbc:PartyTypeCode")).toEqual(["la"]);
    expect(read(xmlOf("PIN", noLotsSource), "//cbc:PartyTypeCode")).toEqual(["body-pl-la"]);
    expect(read(xml, "/*/cac:ProcurementProject//cbc:EstimatedOverallContractAmount")).toEqual([
      "2000000.50",
    ]);
    expect(read(xml, "//cac:ProcurementProjectLot//cbc:EstimatedOverallContractAmount")).toEqual([
      "1200000",
      "800000.50",
    ]);
    expect(read(xml, "(//cac:PlannedPeriod)[1]/*")).toEqual(["2028-01-01+02:00", "48"]);
    expect(
      read(
        xml,
        "(//cac:ProcurementProjectLot)[1]//cbc:ProcurementTypeCode[@listName='strategic-procurement']",
      ),
    ).toEqual(["env-imp", "soc-obj"]);
  });
});
