import { describe, expect, it } from "vitest";
import { describeAuditSummary } from "./audit-description.ts";

describe("an audit entry in words", () => {
  it("names code values by catalogue keys, formats dates and yes/no, and leaves identifiers out", () => {
    expect(
      describeAuditSummary("plans.transition", {
        from: "idea",
        to: "market-research",
        planId: "0b6f5c8e-58a0-4c1e-9d3e-1f0f6f2a9b11",
      }),
    ).toEqual([
      {
        field: "from",
        label: "auditFields.from",
        value: { kind: "key", key: "plans.statuses.idea", fallback: "idea" },
      },
      {
        field: "to",
        label: "auditFields.to",
        value: { kind: "key", key: "plans.statuses.market-research", fallback: "market-research" },
      },
    ]);
    expect(
      describeAuditSummary("open-data.renew-api-token", {
        name: "Talous",
        expiresAt: "2027-01-01T10:00:00.000Z",
        apiToken: { id: "x", name: "Talous" },
      }).map((detail) => detail.value),
    ).toEqual([
      { kind: "text", text: "Talous" },
      { kind: "date", iso: "2027-01-01T10:00:00.000Z" },
      { kind: "text", text: "Talous" },
    ]);
    expect(describeAuditSummary("plans.update", { changed: ["title", "need"], reason: "" })).toEqual([
      {
        field: "changed",
        label: "auditFields.changed",
        value: {
          kind: "keys",
          items: [
            { key: "plans.fields.title", fallback: "title" },
            { key: "plans.fields.need", fallback: "need" },
          ],
        },
      },
    ]);
    expect(describeAuditSummary("companies.profile.save", { isListed: true })[0]?.value).toEqual({
      kind: "yesNo",
      yes: true,
    });
    expect(describeAuditSummary("x.y", null)).toEqual([]);
  });
});
