import { describe, expect, it } from "vitest";
import {
  deriveCpvDivision,
  deriveCpvLevel,
  findCpvParent,
  listCpvAncestorCandidates,
  normalizeCpvCode,
} from "./cpv-hierarchy.ts";

describe("CPV hierarchy rules", () => {
  it.each([
    ["90000000", "division"],
    ["03000000", "division"],
    ["90900000", "group"],
    ["90910000", "class"],
    ["90911000", "category"],
    ["90911200", "subcategory"],
    ["30192121", "subcategory"],
  ] as const)("%s is a %s", (code, level) => {
    expect(deriveCpvLevel(code)).toBe(level);
  });

  it("derives the division and the possible ancestors, nearest first", () => {
    expect(deriveCpvDivision("90911200")).toBe("90000000");
    expect(listCpvAncestorCandidates("90911200")).toEqual(["90911000", "90910000", "90900000", "90000000"]);
    expect(listCpvAncestorCandidates("90000000")).toEqual([]);
  });

  it("skips ancestors that do not exist", () => {
    const existing = new Set(["35000000", "35600000", "35610000"]);
    expect(findCpvParent("35612500", (code) => existing.has(code))).toBe("35610000");
    expect(findCpvParent("35000000", (code) => existing.has(code))).toBeNull();
  });

  it.each([
    ["90910000", "90910000"],
    ["90910000-9", "90910000"],
    [" 9091 0000 ", "90910000"],
    ["9091", null],
    ["90910000-", null],
    ["abc", null],
  ])("normalizes %j to %j", (input, expected) => {
    expect(normalizeCpvCode(input)).toBe(expected);
  });
});
