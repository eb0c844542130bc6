import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./plan-record.server.ts";
import { buildPlanSnapshot, planSnapshotSchema } from "./plan-snapshot.ts";
import type { plansPlan } from "./tables.ts";

// Every column of plans_plan filled, the search and bookkeeping ones included.
const row: typeof plansPlan.$inferSelect = {
  id: "5b6f0c1e-0000-4000-8000-000000000001",
  organisationId: "org-1",
  title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor", en: "School cleaning" },
  need: { fi: "Puhtaat oppimisympäristöt.", sv: "Rena lärmiljöer.", en: "Clean schools." },
  strategyGoal: { fi: "Hiilineutraali 2030" },
  mainCpv: "90910000-9",
  estimatedValueEur: 450_000,
  valueCategory: "goods-services",
  valueBand: "eu",
  dialogueStart: "2027-01-10",
  dialogueEnd: "2027-02-10",
  tenderYear: 2027,
  tenderQuarter: 1,
  tenderMonth: 3,
  contractStart: "2027-06-01",
  contractDurationMonths: 24,
  optionMonths: 12,
  procedure: "open",
  isDividedIntoLots: false,
  noLotsReason: { fi: "Yksi kohde." },
  employmentCondition: true,
  contactName: "Helmi Hankkija",
  contactEmail: "helmi@example.fi",
  contactPhone: "+358 40 123 4567",
  confidence: "firm",
  visibility: "public",
  status: "tender-published",
  hilmaNotice: "2027-012345",
  contractEnd: "2029-05-31",
  cancelReason: "Ei peruttu",
  archivedAt: new Date("2026-12-01T08:00:00Z"),
  publishedAt: new Date("2026-11-01T10:00:00Z"),
  createdBy: "user-1",
  createdAt: new Date("2026-10-01T10:00:00Z"),
  updatedAt: new Date("2026-11-02T10:00:00Z"),
  changeSeq: 42,
  dialogueChangedAt: null,
  searchFi: "'koulu':1",
  searchSv: "'skol':1",
  searchEn: "'school':1",
  searchText: "koulujen siivouspalvelut",
};
const children = {
  additionalCpv: ["90911200-8", "90900000-6"],
  participants: ["org-3", "org-2"],
  lots: [
    { number: 2, title: { fi: "Etelä" }, estimatedValueEur: null },
    { number: 1, title: { fi: "Pohjoinen" }, estimatedValueEur: 200_000 },
  ],
  sustainability: [
    { list: "strategic-procurement", code: "inn-pur" },
    { list: "environmental-impact", code: "circ-econ" },
  ],
  attachments: [{ fileName: "tarjouspyyntö.pdf", sha256: "ab".repeat(32) }],
};

describe("plan snapshot", () => {
  it("holds exactly the schema's fields: no search, bookkeeping or commit-order column", () => {
    const snapshot = buildPlanSnapshot(row, children);
    expect(Object.keys(snapshot)).toEqual(Object.keys(planSnapshotSchema.shape));
    for (const column of [
      "changeSeq",
      "dialogueChangedAt",
      "createdBy",
      "createdAt",
      "updatedAt",
      "searchFi",
      "searchText",
    ])
      expect(snapshot).not.toHaveProperty(column);
    expect(snapshot.additionalCpv).toEqual(["90900000-6", "90911200-8"]);
    expect(snapshot.participants).toEqual(["org-2", "org-3"]);
    expect(snapshot.lots.map((lot) => lot.number)).toEqual([1, 2]);
    expect(snapshot.sustainability).toEqual([
      "environmental-impact/circ-econ",
      "strategic-procurement/inn-pur",
    ]);
  });

  it("leaves out a column plans_plan gains until the schema lists it", () => {
    const withNewColumn = { ...row, internalNote: "ei julkinen" };
    expect(buildPlanSnapshot(withNewColumn, children)).not.toHaveProperty("internalNote");
  });

  it("reads back as stored (jsonb) the same as it was built", () => {
    const snapshot = buildPlanSnapshot(row, children);
    const stored = JSON.parse(JSON.stringify(snapshot));
    expect(planSnapshotSchema.parse(stored)).toEqual(snapshot);
    expect(diffSnapshots(snapshot, planSnapshotSchema.parse(stored))).toEqual({});
  });

  it("parses a snapshot stored before attachments existed, and one with the demo seed's change_seq", () => {
    const { attachments: _a, ...old } = JSON.parse(JSON.stringify(buildPlanSnapshot(row, children)));
    const parsed = planSnapshotSchema.parse({ ...old, archivedAt: null, changeSeq: 7 });
    expect(parsed.attachments).toEqual([]);
    expect(parsed.archivedAt).toBeNull();
    expect(parsed.publishedAt).toEqual(row.publishedAt);
    expect(parsed).not.toHaveProperty("changeSeq");
    expect(parsed.title).toEqual(row.title);
  });

  it("refuses a snapshot that is not a plan's", () => {
    expect(planSnapshotSchema.safeParse({ title: "x" }).success).toBe(false);
  });
});
