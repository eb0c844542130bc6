import { describe, expect, it } from "vitest";
import { parseIcalStrictly } from "./strict-ical.ts";

// The strict reader must refuse what calendar programs trip over, or the tests that use it prove nothing.
const calendar = (...eventLines: string[]) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Test//Test//EN",
    "BEGIN:VEVENT",
    "UID:1@test",
    "DTSTAMP:20300101T000000Z",
    "DTSTART;VALUE=DATE:20300101",
    "DTEND;VALUE=DATE:20300102",
    ...eventLines,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");

describe("parseIcalStrictly", () => {
  it("accepts a valid calendar", () => {
    const parsed = parseIcalStrictly(
      calendar('ORGANIZER;CN="Espoon kaupunki":mailto:a@b.fi', "SUMMARY:Siivous\\, koulut\\; Espoo"),
    );
    expect(parsed.getFirstSubcomponent("vevent")?.getFirstPropertyValue("summary")).toBe(
      "Siivous, koulut; Espoo",
    );
  });

  it.each([
    ["an ORGANIZER without a value", ['ORGANIZER;CN="Espoon kaupunki"']],
    ["an ORGANIZER that is not a cal-address", ['ORGANIZER;CN="Espoo":Espoon kaupunki']],
    ["an unescaped comma in TEXT", ["SUMMARY:Siivous, koulut"]],
    ["a bad escape in TEXT", ["DESCRIPTION:C:\\temp"]],
    ["two summaries", ["SUMMARY:a", "SUMMARY:b"]],
    ["a line over 75 octets", [`DESCRIPTION:${"ä".repeat(40)}`]],
  ])("refuses %s", (_what, lines) => {
    expect(() => parseIcalStrictly(calendar(...lines))).toThrow();
  });

  it("refuses bare line feeds and an event that ends before it starts", () => {
    expect(() => parseIcalStrictly(calendar().replace(/\r\n/g, "\n"))).toThrow();
    expect(() =>
      parseIcalStrictly(calendar().replace("DTEND;VALUE=DATE:20300102", "DTEND;VALUE=DATE:20291231")),
    ).toThrow();
  });
});
