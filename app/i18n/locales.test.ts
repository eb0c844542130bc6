import { describe, expect, it } from "vitest";
import { formatDate, formatMoney } from "./format.ts";
import { negotiateLocale } from "./locales.ts";

describe("locale negotiation", () => {
  it.each([
    [undefined, "fi"],
    ["sv-FI,sv;q=0.9,en;q=0.8", "sv"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,en;q=0.5", "en"],
    ["fi;q=0.5,sv;q=0.8", "sv"],
    ["nb-NO,da", "fi"],
    ["*", "fi"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("formatting in Helsinki time", () => {
  // 22:30 UTC on 31 Dec is already New Year's Day in Helsinki.
  const newYear = new Date("2026-12-31T22:30:00Z");
  it("formats dates for each locale", () => {
    expect(formatDate("fi", newYear)).toBe("1.1.2027");
    expect(formatDate("sv", newYear)).toBe("1.1.2027");
    expect(formatDate("en", newYear)).toBe("01/01/2027");
    expect(formatDate("fi", newYear, true)).toContain("0.30");
  });
  it("formats euros", () => {
    expect(formatMoney("fi", 60000)).toBe("60\u00a0000\u00a0€");
    expect(formatMoney("en", 60000)).toBe("€60,000");
    expect(formatMoney("sv", 1234.5)).toBe("1\u00a0234,50\u00a0€");
  });
});
