import { describe, expect, it } from "vitest";
import { planInputFields, planSnapshotToInput } from "./plan-input.ts";
import { planInputSchema } from "./schemas.ts";

// A snapshot as loadPlanSnapshot reads it: row columns (nulls for what was not given), read-only ones,
// lots with their numbers and sustainability tags as "list/code".
const snapshot = {
  id: "5b6f0c1e-0000-4000-8000-000000000001",
  organisationId: "org-1",
  title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor" },
  need: { fi: "Puhtaat oppimisympäristöt." },
  strategyGoal: null,
  mainCpv: "90910000",
  estimatedValueEur: 450_000,
  valueCategory: "goods-services",
  valueBand: "eu",
  dialogueStart: "2027-01-10",
  dialogueEnd: null,
  tenderYear: 2027,
  tenderQuarter: 1,
  tenderMonth: 3,
  contractStart: null,
  contractDurationMonths: 24,
  optionMonths: null,
  procedure: "open",
  isDividedIntoLots: true,
  noLotsReason: null,
  employmentCondition: false,
  contactName: "Helmi Hankkija",
  contactEmail: null,
  contactPhone: null,
  confidence: "firm",
  visibility: "public",
  status: "tender-published",
  hilmaNotice: "2027-012345",
  contractEnd: null,
  cancelReason: null,
  archivedAt: null,
  publishedAt: new Date("2026-11-01T10:00:00Z"),
  additionalCpv: ["90911200"],
  participants: ["org-2"],
  lots: [
    { number: 1, title: { fi: "Pohjoinen" }, estimatedValueEur: 200_000 },
    { number: 2, title: { fi: "Etelä" }, estimatedValueEur: null },
  ],
  sustainability: ["social-objective/et-eq", "strategic-procurement/env-imp"],
};

describe("planSnapshotToInput", () => {
  it("gives the writable fields only, in the schema's shape, and the schema accepts them", () => {
    const input = planSnapshotToInput(snapshot);
    expect(Object.keys(input).every((key) => (planInputFields as string[]).includes(key))).toBe(true);
    expect(input).not.toHaveProperty("status");
    expect(input).not.toHaveProperty("strategyGoal");
    expect(input.lots).toEqual([
      { title: { fi: "Pohjoinen" }, estimatedValueEur: 200_000 },
      { title: { fi: "Etelä" } },
    ]);
    expect(input.sustainability).toEqual([
      { list: "social-objective", code: "et-eq" },
      { list: "strategic-procurement", code: "env-imp" },
    ]);
    const parsed = planInputSchema.parse(input);
    expect(parsed).toMatchObject({
      title: snapshot.title,
      mainCpv: "90910000",
      tenderMonth: 3,
      participants: ["org-2"],
      visibility: "public",
    });
  });
});
