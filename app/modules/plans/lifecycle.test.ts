import { describe, expect, it } from "vitest";
import {
  allowedTransitions,
  canTransition,
  isFinishedStatus,
  isOverdue,
  plannedTimeHasPassed,
  planStatuses,
} from "./lifecycle.ts";

describe("plan lifecycle", () => {
  it("lets planning stages move freely, then publish or cancel", () => {
    expect(canTransition("idea", "market-dialogue")).toBe(true);
    expect(canTransition("market-dialogue", "market-research")).toBe(true);
    expect(canTransition("idea", "tender-published")).toBe(true);
    expect(canTransition("market-research", "cancelled")).toBe(true);
  });
  it("awards only published tenders and ends at award or cancellation", () => {
    expect(canTransition("tender-preparation", "contract-awarded")).toBe(false);
    expect(canTransition("tender-published", "contract-awarded")).toBe(true);
    expect(canTransition("tender-published", "idea")).toBe(false);
    expect(allowedTransitions("contract-awarded")).toEqual([]);
    expect(allowedTransitions("cancelled")).toEqual([]);
  });
  it("never allows staying in place", () => {
    for (const status of planStatuses) expect(canTransition(status, status)).toBe(false);
  });
});

describe("finished and overdue plans (issue 12 point 10)", () => {
  it("knows when the planned tender time has passed", () => {
    expect(plannedTimeHasPassed({ year: 2026, quarter: 3 }, "2026-10-01")).toBe(true);
    expect(plannedTimeHasPassed({ year: 2026, quarter: 4 }, "2026-12-31")).toBe(false);
    expect(plannedTimeHasPassed({ year: 2025, quarter: null }, "2026-01-01")).toBe(true);
    expect(plannedTimeHasPassed({ year: 2026, quarter: null }, "2026-12-31")).toBe(false);
    expect(plannedTimeHasPassed({ year: null, quarter: null }, "2099-01-01")).toBe(false);
  });

  it("flags only plans still being planned", () => {
    const late = { tenderYear: 2021, tenderQuarter: 1 };
    expect(isOverdue({ ...late, status: "market-dialogue" }, "2026-12-03")).toBe(true);
    expect(isOverdue({ ...late, status: "tender-published" }, "2026-12-03")).toBe(false);
    expect(isOverdue({ ...late, status: "cancelled" }, "2026-12-03")).toBe(false);
    expect(isOverdue({ status: "idea", tenderYear: 2030, tenderQuarter: 1 }, "2026-12-03")).toBe(false);
    expect(isFinishedStatus("contract-awarded")).toBe(true);
    expect(isFinishedStatus("tender-published")).toBe(false);
  });
});
