import { describe, expect, it } from "vitest";
import { finnishDay } from "./format.ts";

describe("finnishDay", () => {
  it("is the day in Finland, not the server's (UTC) day", () => {
    // 23:30 UTC is already the next day in Helsinki (UTC+2 in winter, UTC+3 in summer).
    expect(finnishDay(new Date("2026-12-03T23:30:00Z"))).toBe("2026-12-04");
    expect(finnishDay(new Date("2026-06-30T21:30:00Z"))).toBe("2026-07-01");
    expect(finnishDay(new Date("2026-12-03T12:00:00Z"))).toBe("2026-12-03");
  });
});
