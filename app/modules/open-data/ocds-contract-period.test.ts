import { describe, expect, it } from "vitest";
import { contractPeriod } from "./ocds-release.ts";

// The OCDS contract period: month arithmetic that never overflows into the next month, on month ends and
// leap days, the same in every time zone the server may run in (`TZ=UTC npm test` runs this too).

const period = (contractStart: string, contractDurationMonths: number) =>
  contractPeriod({ contractStart, contractDurationMonths });

describe("OCDS contract period", () => {
  it("ends the day before the same day months later", () => {
    expect(period("2027-08-01", 24)).toEqual({
      startDate: "2027-08-01T00:00:00Z",
      endDate: "2029-07-31T00:00:00Z",
      durationInDays: 731,
    });
    expect(period("2027-03-15", 1)).toMatchObject({ endDate: "2027-04-14T00:00:00Z", durationInDays: 31 });
    expect(period("2027-12-01", 1)).toMatchObject({ endDate: "2027-12-31T00:00:00Z", durationInDays: 31 });
  });

  it("stays inside a shorter month instead of overflowing into the next", () => {
    expect(period("2027-01-31", 1)).toMatchObject({ endDate: "2027-02-27T00:00:00Z", durationInDays: 28 });
    expect(period("2027-01-29", 1)).toMatchObject({ endDate: "2027-02-27T00:00:00Z" });
    expect(period("2027-03-31", 1)).toMatchObject({ endDate: "2027-04-29T00:00:00Z", durationInDays: 30 });
    expect(period("2027-08-31", 6)).toMatchObject({ endDate: "2028-02-28T00:00:00Z" });
    expect(period("2027-10-31", 13)).toMatchObject({ endDate: "2028-11-29T00:00:00Z" });
  });

  it("counts leap days", () => {
    expect(period("2028-01-31", 1)).toMatchObject({ endDate: "2028-02-28T00:00:00Z", durationInDays: 29 });
    expect(period("2028-02-29", 12)).toMatchObject({ endDate: "2029-02-27T00:00:00Z", durationInDays: 365 });
    expect(period("2028-02-01", 1)).toMatchObject({ endDate: "2028-02-29T00:00:00Z", durationInDays: 29 });
    expect(period("2028-01-01", 12)).toMatchObject({ endDate: "2028-12-31T00:00:00Z", durationInDays: 366 });
  });

  it("crosses the daylight-saving changes without losing a day", () => {
    expect(period("2027-03-01", 1)).toMatchObject({ endDate: "2027-03-31T00:00:00Z", durationInDays: 31 });
    expect(period("2027-10-01", 1)).toMatchObject({ endDate: "2027-10-31T00:00:00Z", durationInDays: 31 });
  });

  it("gives only the start, or only an approximate length, when the other is missing", () => {
    expect(contractPeriod({ contractStart: "2027-01-31", contractDurationMonths: null })).toEqual({
      startDate: "2027-01-31T00:00:00Z",
    });
    expect(contractPeriod({ contractStart: null, contractDurationMonths: 12 })).toEqual({
      durationInDays: 365,
    });
    expect(contractPeriod({ contractStart: null, contractDurationMonths: null })).toBeNull();
  });
});
