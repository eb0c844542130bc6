import { describe, expect, it } from "vitest";
import { fitsSuggestion, suggestValueCategory } from "./suggest-value-category.ts";

describe("procurement kind from the main CPV code (issue 12 point 14)", () => {
  it("suggests social and health services for liite E points 1–4", () => {
    expect(suggestValueCategory("85311000-2")).toEqual({ category: "social-health-services", annexPoint: 1 });
    // Home care (a code under the range's last code 85323000 is inside too).
    expect(suggestValueCategory("85312400")).toEqual({ category: "social-health-services", annexPoint: 1 });
    expect(suggestValueCategory("80100000")).toEqual({ category: "social-health-services", annexPoint: 2 });
    expect(suggestValueCategory("75310000")).toEqual({ category: "social-health-services", annexPoint: 4 });
  });

  it("suggests other specific services for points 5–15", () => {
    expect(suggestValueCategory("55524000")).toEqual({ category: "other-special-services", annexPoint: 7 });
    expect(suggestValueCategory("79110000")).toEqual({ category: "other-special-services", annexPoint: 8 });
    expect(suggestValueCategory("79713000")).toEqual({ category: "other-special-services", annexPoint: 12 });
    expect(suggestValueCategory("64112000")).toEqual({ category: "other-special-services", annexPoint: 14 });
  });

  it("suggests works for division 45 and goods and services otherwise", () => {
    expect(suggestValueCategory("45214200")).toEqual({ category: "works" });
    expect(suggestValueCategory("90910000-9")).toEqual({ category: "goods-services" });
    // Only the listed postal codes, not every code of division 64 (telecommunications are not in liite E).
    expect(suggestValueCategory("64200000")).toEqual({ category: "goods-services" });
    expect(suggestValueCategory("99999999x")).toBeNull();
  });

  it("accepts the kinds a CPV code cannot tell", () => {
    const services = { category: "goods-services" } as const;
    expect(fitsSuggestion("goods-services-central-government", services)).toBe(true);
    expect(fitsSuggestion("concessions", services)).toBe(true);
    expect(fitsSuggestion("works", services)).toBe(false);
    expect(fitsSuggestion("goods-services", { category: "social-health-services", annexPoint: 1 })).toBe(
      false,
    );
  });
});
