import { describe, expect, it } from "vitest";
import { findMissingFields, missingFieldCodes } from "./find-missing-fields.ts";
import { oneLotSource, shapedSources, threeLotsSource } from "./fixtures/sources.ts";
import { type NoticeSource, noticeTypes } from "./notice-source.ts";

const withPlan = (source: NoticeSource, plan: Partial<NoticeSource["plan"]>): NoticeSource => ({
  ...source,
  plan: { ...source.plan, ...plan },
});

describe("findMissingFields", () => {
  it.each(noticeTypes)("finds nothing missing in any fixture shape for %s", (type) => {
    for (const source of Object.values(shapedSources)) expect(findMissingFields(type, source)).toEqual([]);
  });

  it("lists the buyer's missing fields with their business terms", () => {
    const source: NoticeSource = {
      ...oneLotSource,
      buyer: { ...oneLotSource.buyer, nuts3: null, city: null, contactEmail: " ", yTunnus: null, name: {} },
    };
    expect(findMissingFields("PIN", source)).toEqual([
      { code: "buyer-name", businessTerm: "BT-500" },
      { code: "buyer-business-id", businessTerm: "BT-501" },
      { code: "buyer-city", businessTerm: "BT-513" },
      { code: "buyer-nuts", businessTerm: "BT-507" },
      { code: "buyer-email", businessTerm: "BT-506" },
    ]);
  });

  it("asks for a title and description in every notice language", () => {
    const source = withPlan(threeLotsSource, {
      title: { fi: "Kouluruoka" },
      description: { fi: "", sv: "Mat" },
    });
    expect(findMissingFields("E2", source)).toEqual([
      { code: "title", businessTerm: "BT-21", language: "sv" },
      { code: "title", businessTerm: "BT-21", language: "en" },
      { code: "description", businessTerm: "BT-24", language: "fi" },
      { code: "description", businessTerm: "BT-24", language: "en" },
    ]);
  });

  it("E1 needs the dialogue's end; E2 and PIN need a planned call for tenders not yet past", () => {
    const source = withPlan(oneLotSource, { dialogueEnd: null, tenderYear: null });
    expect(findMissingFields("E1", source)).toEqual([{ code: "dialogue-end", businessTerm: "BT-630" }]);
    expect(findMissingFields("E2", source)).toEqual([{ code: "planned-date", businessTerm: "BT-127" }]);
    expect(findMissingFields("PIN", withPlan(oneLotSource, { tenderYear: 2026, tenderQuarter: 4 }))).toEqual([
      { code: "planned-date", businessTerm: "BT-127" },
    ]);
  });

  it("names the lot and language of a lot's missing title or description", () => {
    const lot = oneLotSource.plan.lots[0] as NoticeSource["plan"]["lots"][number];
    const source = withPlan(oneLotSource, {
      lots: [
        { ...lot, number: 2, title: { sv: "Bara svenska" }, mainCpv: "123" },
        { ...lot, number: 1, description: null },
      ],
    });
    expect(findMissingFields("E1", source)).toEqual([
      { code: "lot-description", businessTerm: "BT-24", lot: 1, language: "fi" },
      { code: "lot-title", businessTerm: "BT-21", lot: 2, language: "fi" },
      { code: "lot-main-cpv", businessTerm: "BT-262", lot: 2 },
    ]);
  });

  it("needs a language, a main CPV and the place of performance", () => {
    const source = withPlan(oneLotSource, { languages: [], mainCpv: "5552400", placeNuts3: null });
    expect(findMissingFields("E2", source).map((m) => m.code)).toEqual([
      "notice-language",
      "main-cpv",
      "place-nuts",
    ]);
  });

  it("returns only codes from the exported list", () => {
    const empty = withPlan(
      { ...oneLotSource, buyer: { ...oneLotSource.buyer, nuts3: null } },
      { title: {}, lots: [{ ...threeLotsSource.plan.lots[0]!, title: {}, description: null }] },
    );
    for (const type of noticeTypes)
      for (const field of findMissingFields(type, empty)) expect(missingFieldCodes).toContain(field.code);
  });
});
