import { describe, expect, it } from "vitest";
import { classifyValue } from "./classify-value.ts";
import type { ProcurementThreshold } from "./types.ts";

const threshold = (
  kind: ProcurementThreshold["kind"],
  category: ProcurementThreshold["category"],
  amountEur: number,
): ProcurementThreshold => ({
  kind,
  category,
  amountEur,
  validFrom: "2026-01-01",
  validTo: null,
  legalSource: "",
});

const thresholds = [
  threshold("national", "goods-services", 60_000),
  threshold("eu", "goods-services", 216_000),
  threshold("national", "goods-services-central-government", 60_000),
  threshold("eu", "goods-services-central-government", 140_000),
  threshold("national", "works", 150_000),
  threshold("eu", "works", 5_404_000),
  threshold("national", "concessions", 500_000),
];

describe("classifyValue", () => {
  it.each([
    [0, "goods-services", "below-national"],
    [59_999, "goods-services", "below-national"],
    [59_999.99, "goods-services", "below-national"],
    [60_000, "goods-services", "national"],
    [215_999, "goods-services", "national"],
    [216_000, "goods-services", "eu"],
    [139_999, "goods-services-central-government", "national"],
    [140_000, "goods-services-central-government", "eu"],
    [149_999, "works", "below-national"],
    [150_000, "works", "national"],
    [5_403_999, "works", "national"],
    [5_404_000, "works", "eu"],
    // No EU row for concessions in this list: the missing band is skipped.
    [9_000_000, "concessions", "national"],
    [9_000_000, "design-contests", "below-national"],
  ] as const)("%d for %s is %s", (value, category, band) => {
    expect(classifyValue(value, category, thresholds)).toBe(band);
  });

  it("refuses a negative or non-numeric value", () => {
    expect(() => classifyValue(-1, "works", thresholds)).toThrow(RangeError);
    expect(() => classifyValue(Number.NaN, "works", thresholds)).toThrow(RangeError);
  });

  it("refuses thresholds of two dates mixed together", () => {
    const mixed = [...thresholds, { ...threshold("eu", "works", 5_538_000), validFrom: "2024-01-01" }];
    expect(() => classifyValue(1, "works", mixed)).toThrow(/more than one eu threshold for works/);
  });
});
