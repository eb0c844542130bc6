import { describe, expect, it } from "vitest";
import { parseHelsinkiDateTime, toHelsinkiDateTimeInput } from "./helsinki-time.ts";

describe("Helsinki time", () => {
  it("reads a form's local time as Helsinki time, summer time included", () => {
    expect(parseHelsinkiDateTime("2027-03-01T14:30")?.toISOString()).toBe("2027-03-01T12:30:00.000Z");
    expect(parseHelsinkiDateTime("2027-07-01T14:30")?.toISOString()).toBe("2027-07-01T11:30:00.000Z");
    expect(toHelsinkiDateTimeInput(new Date("2027-07-01T11:30:00Z"))).toBe("2027-07-01T14:30");
  });

  it("refuses what is not a moment on the calendar", () => {
    for (const bad of ["", "2027-02-30T10:00", "2027-01-01T25:00", "1.3.2027 14:30", "2027-03-28T03:30"])
      expect(parseHelsinkiDateTime(bad), bad).toBeNull();
  });
});
