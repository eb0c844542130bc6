import { describe, expect, it } from "vitest";
import { allowedTransitions, canTransition, planStatuses } from "./lifecycle.ts";

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
