import { describe, expect, it } from "vitest";
import { getI18n } from "../../i18n/i18n.ts";
import { planFormToInput, readPlanForm } from "./plan-form.ts";
import { describePlanError } from "./plan-form-errors.ts";
import { planFieldErrors, planInputSchema } from "./schemas.ts";

// Every error of the plan form names its limit or the value typed (issue 12 point 13).
function formErrors(posted: [string, string][]) {
  const values = readPlanForm(posted);
  const parsed = planInputSchema.safeParse(planFormToInput(values));
  const errors = parsed.success ? {} : planFieldErrors(parsed.error);
  return { values, errors };
}

describe("plan form error messages", () => {
  it("name the limit of a text that is too long", () => {
    const { values, errors } = formErrors([
      ["title.fi", "Siivous"],
      ["need.fi", "x".repeat(5001)],
      ["mainCpv", "90910000"],
      ["noLotsReason.fi", "Yksi koulu."],
    ]);
    expect(errors).toEqual({ "need.fi": "validation.tooLong" });
    const message = describePlanError("need.fi", "validation.tooLong", values);
    expect(message).toEqual({ key: "planForm.errors.tooLong", values: { max: 5000 } });
    expect(getI18n("en").t(message.key, { max: "5,000" })).toBe(
      "The text is too long: at most 5,000 characters.",
    );
    expect(getI18n("fi").t(message.key, { max: "5 000" })).toBe(
      "Teksti on liian pitkä: enintään 5 000 merkkiä.",
    );
  });

  it("name the bad value of a CPV code, a number and an additional code", () => {
    const { values, errors } = formErrors([
      ["title.sv", "Städning"],
      ["need.sv", "Rena skolor."],
      ["mainCpv", "9999 99"],
      ["additionalCpv", "90911200 abc"],
      ["estimatedValueEur", "paljon"],
      ["noLotsReason.sv", "En skola."],
    ]);
    expect(errors.mainCpv).toBe("plans.errors.cpv");
    const main = describePlanError("mainCpv", "plans.errors.cpv", values);
    expect(getI18n("en").t(main.key, main.values ?? {})).toBe(
      "“9999 99” is not a CPV code. Give 8 digits, e.g. 90910000-9.",
    );
    expect(errors["additionalCpv.1"]).toBe("plans.errors.cpv");
    expect(describePlanError("additionalCpv.1", "plans.errors.cpv", values).values).toEqual({ value: "abc" });
    const value = describePlanError("estimatedValueEur", errors.estimatedValueEur ?? "", values);
    expect(getI18n("sv").t(value.key, value.values ?? {})).toBe(
      "”paljon” är inget heltal. Ange bara siffror, t.ex. 450 000.",
    );
    // A code of the right shape that CPV 2008 does not have (the command's database check).
    const unknown = describePlanError("mainCpv", "plans.errors.cpvUnknown", { mainCpv: "99999999" });
    expect(getI18n("en").t(unknown.key, unknown.values ?? {})).toBe(
      "99999999 is not a CPV code: it is not in CPV 2008.",
    );
  });

  it("say what an empty main CPV code needs, not only 'check this'", () => {
    const { errors } = formErrors([["title.fi", "Siivous"]]);
    expect(errors.mainCpv).toBe("plans.errors.cpvRequired");
    expect(getI18n("fi").t("plans.errors.cpvRequired")).toContain("8 numeroa");
  });

  it("say which languages a missing text may be in", () => {
    const { values, errors } = formErrors([["mainCpv", "90910000"]]);
    expect(errors["title.fi"]).toBe("validation.required");
    const message = describePlanError("title.fi", "validation.required", values);
    expect(getI18n("sv").t(message.key)).toBe("Skriv texten på finska eller svenska.");
  });
});
