import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { classifyValue } from "./classify-value.ts";
import { findThresholds, toFinnishDay } from "./find-thresholds.server.ts";
import { loadReferenceData } from "./load-reference-data.server.ts";
import { thresholdCategories } from "./types.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
});
afterAll(async () => {
  await database?.dispose();
});

const at = (iso: string) => findThresholds({ db: database.db, at: new Date(iso) });
const amounts = (thresholds: Awaited<ReturnType<typeof at>>) =>
  Object.fromEntries(
    thresholds.map((threshold) => [`${threshold.kind} ${threshold.category}`, threshold.amountEur]),
  );

describe("findThresholds", () => {
  it("gives the national and the EU 2026–2027 thresholds in 2026", async () => {
    const thresholds = await at("2026-06-15T12:00:00+03:00");
    expect(thresholds).toHaveLength(2 * thresholdCategories.length);
    expect(amounts(thresholds)).toMatchObject({
      "national goods-services": 60_000,
      "national design-contests": 60_000,
      "national works": 150_000,
      "national social-health-services": 400_000,
      "national other-special-services": 300_000,
      "national concessions": 500_000,
      "eu goods-services": 216_000,
      "eu goods-services-central-government": 140_000,
      "eu works": 5_404_000,
      "eu social-health-services": 750_000,
      "eu other-special-services": 750_000,
    });
    expect(thresholds.find((threshold) => threshold.kind === "national")?.legalSource).toContain("1397/2016");
  });

  it("gives only the national thresholds before 2026 and after 2027", async () => {
    for (const iso of ["2025-06-15T12:00:00+03:00", "2028-01-01T12:00:00+02:00"]) {
      const thresholds = await at(iso);
      expect(thresholds.map((threshold) => threshold.kind)).toEqual(Array(8).fill("national"));
    }
  });

  it("changes at midnight Finnish time, both ends inclusive", async () => {
    const hasEu = async (iso: string) => (await at(iso)).some((threshold) => threshold.kind === "eu");
    expect(await hasEu("2025-12-31T21:59:59Z")).toBe(false); // 23:59:59 in Helsinki
    expect(await hasEu("2025-12-31T22:00:00Z")).toBe(true); // 00:00 on 1 January 2026
    expect(await hasEu("2027-12-31T21:59:59Z")).toBe(true);
    expect(await hasEu("2027-12-31T22:00:00Z")).toBe(false);
    expect(toFinnishDay(new Date("2026-06-30T21:30:00Z"))).toBe("2026-07-01"); // summer time, UTC+3
  });

  it("classifies values at the boundaries with the thresholds of the day", async () => {
    const thresholds = await at("2026-03-01T12:00:00+02:00");
    expect(classifyValue(59_999, "goods-services", thresholds)).toBe("below-national");
    expect(classifyValue(60_000, "goods-services", thresholds)).toBe("national");
    expect(classifyValue(215_999, "goods-services", thresholds)).toBe("national");
    expect(classifyValue(216_000, "goods-services", thresholds)).toBe("eu");
    expect(classifyValue(140_000, "goods-services-central-government", thresholds)).toBe("eu");
    expect(classifyValue(399_999, "social-health-services", thresholds)).toBe("below-national");
    expect(classifyValue(400_000, "social-health-services", thresholds)).toBe("national");
    expect(classifyValue(750_000, "social-health-services", thresholds)).toBe("eu");
    expect(classifyValue(300_000, "other-special-services", thresholds)).toBe("national");
    expect(classifyValue(5_404_000, "works", thresholds)).toBe("eu");
    expect(classifyValue(5_404_000, "concessions", thresholds)).toBe("eu");
    // In 2025 this platform knows no EU thresholds, so a large value stays in the national band.
    expect(classifyValue(9_000_000, "works", await at("2025-06-15T12:00:00+03:00"))).toBe("national");
  });
});
