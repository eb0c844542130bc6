import { describe, expect, it } from "vitest";
import {
  buyerLegalType,
  contractNature,
  eurAmount,
  helsinkiDateAndTime,
  helsinkiDay,
  partId,
  plannedTenderDate,
  textIn,
} from "./eforms-values.ts";

const issuedAt = new Date("2027-01-15T08:00:00Z");
const plan = (tenderYear: number | null, tenderQuarter: number | null, tenderMonth: number | null) => ({
  tenderYear,
  tenderQuarter,
  tenderMonth,
});

describe("eForms values", () => {
  it.each([
    ["45210000", "works"],
    ["03000000", "supplies"],
    ["44000000", "supplies"],
    ["48000000", "supplies"],
    ["55524000", "services"],
    ["90910000", "services"],
  ])("BT-23: CPV %s is %s", (cpv, nature) => {
    expect(contractNature(cpv)).toBe(nature);
  });

  it.each([
    ["municipality", "la"],
    ["joint-procurement-unit", "body-pl-la"],
    ["contracting-authority", "body-pl"],
    ["something-new", "body-pl"],
  ])("BT-11: %s is %s", (kind, code) => {
    expect(buyerLegalType(kind)).toBe(code);
  });

  it("BT-05 in Helsinki time, winter and summer", () => {
    expect(helsinkiDateAndTime(issuedAt)).toEqual({ date: "2027-01-15+02:00", time: "10:00:00+02:00" });
    expect(helsinkiDateAndTime(new Date("2027-06-30T21:30:00Z"))).toEqual({
      date: "2027-07-01+03:00",
      time: "00:30:00+03:00",
    });
    expect(helsinkiDay("2027-03-28")).toBe("2027-03-28+03:00"); // summer time begins that night
  });

  it("BT-127: the first day of the month, else of the quarter, else of the year", () => {
    expect(plannedTenderDate(plan(2027, 2, 5), issuedAt)).toBe("2027-05-01");
    expect(plannedTenderDate(plan(2027, 3, null), issuedAt)).toBe("2027-07-01");
    expect(plannedTenderDate(plan(2028, null, null), issuedAt)).toBe("2028-01-01");
  });

  it("BT-127: a period that has begun gives the day after the notice; one that is over, nothing", () => {
    expect(plannedTenderDate(plan(2027, null, 1), issuedAt)).toBe("2027-01-16");
    expect(plannedTenderDate(plan(2027, 1, null), issuedAt)).toBe("2027-01-16");
    expect(plannedTenderDate(plan(2026, null, null), issuedAt)).toBeNull();
    expect(plannedTenderDate(plan(null, 2, 5), issuedAt)).toBeNull();
  });

  it("lot and part identifiers", () => {
    expect(partId("E1", 0)).toBe("LOT-0001");
    expect(partId("E2", 2)).toBe("PAR-0003");
    expect(partId("PIN", 11)).toBe("PAR-0012");
  });

  it("amounts and cleaned texts", () => {
    expect(eurAmount(250000)).toBe("250000");
    expect(eurAmount(1234.5)).toBe("1234.50");
    expect(textIn({ fi: " Koulu\nruoka\u0000 " }, "fi", "single-line")).toBe("Koulu ruoka");
    expect(textIn({ fi: "Rivi 1\nRivi 2" }, "fi", "multi-line")).toBe("Rivi 1\nRivi 2");
    expect(textIn({ fi: "\u0001\u001b" }, "fi", "single-line")).toBeNull();
    expect(textIn({ fi: "Koulu" }, "sv", "single-line")).toBeNull();
  });
});
