import { describe, expect, it } from "vitest";
import { findMissingLanguages, officialLanguagesOf } from "./plan-languages.ts";
import { planFieldErrors, planInputSchema } from "./schemas.ts";

const swedishOnly = {
  title: { sv: "Skolstädning" },
  need: { sv: "Rena lärmiljöer i alla skolor." },
  mainCpv: "90910000",
  noLotsReason: { sv: "En enda skola." },
};

describe("plan texts in the organisation's official languages (issue 12 point 3)", () => {
  it("accepts a plan written in Swedish only", () => {
    const input = planInputSchema.parse(swedishOnly);
    expect(input.title).toEqual({ sv: "Skolstädning" });
    expect(input.noLotsReason).toEqual({ sv: "En enda skola." });
    expect(findMissingLanguages(input, officialLanguagesOf("sv"))).toEqual({});
    expect(findMissingLanguages(input, officialLanguagesOf("fi-sv"))).toEqual({});
    expect(findMissingLanguages(input, officialLanguagesOf(null))).toEqual({});
  });

  it("keeps an optional text given in Swedish only", () => {
    const input = planInputSchema.parse({ ...swedishOnly, strategyGoal: { sv: "Hållbar kommun" } });
    expect(input.strategyGoal).toEqual({ sv: "Hållbar kommun" });
  });

  it("needs Finnish from a Finnish-only municipality and Swedish from a Swedish-only one", () => {
    const input = planInputSchema.parse(swedishOnly);
    expect(findMissingLanguages(input, officialLanguagesOf("fi"))).toEqual({
      "title.fi": "plans.errors.finnishRequired",
      "need.fi": "plans.errors.finnishRequired",
      "noLotsReason.fi": "plans.errors.finnishRequired",
    });
    const finnish = planInputSchema.parse({
      title: { fi: "Koulujen siivous" },
      need: { fi: "Puhtaat koulut." },
      mainCpv: "90910000",
      isDividedIntoLots: true,
      lots: [{ title: { fi: "Pohjoinen" } }, { title: { sv: "Södra" } }],
    });
    expect(findMissingLanguages(finnish, officialLanguagesOf("sv"))).toEqual({
      "title.sv": "plans.errors.swedishRequired",
      "need.sv": "plans.errors.swedishRequired",
      "lots.0.title.sv": "plans.errors.swedishRequired",
    });
  });

  it("refuses a text in English only: neither official language", () => {
    const result = planInputSchema.safeParse({ ...swedishOnly, title: { en: "School cleaning" } });
    expect(result.success).toBe(false);
    expect(result.success ? {} : planFieldErrors(result.error)).toEqual({
      "title.fi": "validation.required",
    });
  });
});
