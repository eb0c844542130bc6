import { describe, expect, it } from "vitest";
import { planFormToInput, planToFormValues, readPlanForm } from "./plan-form.ts";
import { planFieldErrors, planInputSchema } from "./schemas.ts";

const posted: [string, string][] = [
  ["title.fi", "Koulujen siivouspalvelut"],
  ["title.sv", "Städtjänster för skolor"],
  ["title.en", ""],
  ["need.fi", "Puhtaat oppimisympäristöt."],
  ["mainCpv", "90910000-9"],
  ["additionalCpv", "90911200, 90919200"],
  ["estimatedValueEur", "450 000"],
  ["tenderYear", "2027"],
  ["tenderQuarter", "2"],
  ["tenderMonth", ""],
  ["procedure", "open"],
  ["isDividedIntoLots", "on"],
  ["lots.0.title.fi", ""],
  ["lots.0.estimatedValueEur", ""],
  ["lots.1.title.fi", "Pohjoinen"],
  ["lots.1.estimatedValueEur", "200000"],
  ["lots.2.title.fi", "Eteläinen"],
  ["sustainability", "strategic-procurement/env-imp"],
  ["sustainability", "social-objective/et-eq"],
  ["participants", "org-2"],
  ["visibility", "public"],
];

describe("plan form mapping", () => {
  it("maps flat fields to the schema's nested shape", () => {
    const values = readPlanForm(posted);
    const input = planInputSchema.parse(planFormToInput(values));
    expect(input.title).toEqual({ fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor" });
    expect(input.additionalCpv).toEqual(["90911200", "90919200"]);
    expect(input.estimatedValueEur).toBe(450_000);
    expect(input.tenderQuarter).toBe(2);
    expect(input.tenderMonth).toBeUndefined();
    expect(input.lots).toEqual([
      { title: { fi: "Pohjoinen" }, estimatedValueEur: 200_000 },
      { title: { fi: "Eteläinen" } },
    ]);
    expect(input.sustainability).toEqual([
      { list: "strategic-procurement", code: "env-imp" },
      { list: "social-objective", code: "et-eq" },
    ]);
    expect(input.participants).toEqual(["org-2"]);
    expect(input.visibility).toBe("public");
  });

  it("gives field paths the page can show next to each field, with lot rows renumbered", () => {
    const values = readPlanForm([
      ["title.fi", ""],
      ["mainCpv", "abc"],
      ["estimatedValueEur", "paljon"],
      ["isDividedIntoLots", "on"],
      ["lots.3.title.sv", "Bara svenska"],
    ]);
    expect(values["lots.0.title.sv"]).toBe("Bara svenska");
    const result = planInputSchema.safeParse(planFormToInput(values));
    expect(result.success).toBe(false);
    const errors = result.success ? {} : planFieldErrors(result.error);
    expect(errors["title.fi"]).toBe("validation.required");
    expect(errors.mainCpv).toBe("plans.errors.cpv");
    expect(errors.estimatedValueEur).toBe("validation.invalid");
    // A lot titled in Swedish only is in an official language (issue 12 point 3).
    expect(errors["lots.0.title.fi"]).toBeUndefined();
    expect(errors.lots).toBe("plans.errors.lotsRequired");
  });

  it("turns a saved plan back into the same form values", () => {
    const values = readPlanForm(posted);
    const input = planInputSchema.parse(planFormToInput(values));
    const again = planToFormValues({
      ...input,
      lots: input.lots.map((lot, i) => ({
        number: i + 1,
        ...lot,
        estimatedValueEur: lot.estimatedValueEur ?? null,
      })),
      sustainability: input.sustainability.map((tag) => `${tag.list}/${tag.code}`),
    });
    expect(planInputSchema.parse(planFormToInput(again))).toEqual(input);
  });
});
