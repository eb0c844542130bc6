import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateNoticeXml } from "./validate-notice.server.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

describe("validateNoticeXml", () => {
  it.each(["E1_minimal.xml", "E2_minimal.xml", "pin-only_24.xml", "pin-only_fin-reg.xml"])(
    "accepts the eForms SDK example %s",
    (name) => {
      expect(validateNoticeXml(fixture(name))).toEqual({ valid: true });
    },
  );

  it("rejects the SDK's INVALID example, which the XSD alone lets through, saying what is missing", () => {
    const result = validateNoticeXml(fixture("INVALID_pin-only_24_empty.xml"));
    expect(result.valid).toBe(false);
    const messages = result.valid ? [] : result.errors.map((e) => e.message);
    expect(messages).toContain("BT-701: the notice identifier (cbc:ID with schemeName notice-id) is missing");
    expect(messages).toContain("BT-702: the notice language (cbc:NoticeLanguageCode) is missing");
    expect(messages.some((m) => m.startsWith("OPP-070"))).toBe(true); // SubTypeCode without its listName
    expect(messages.some((m) => m.startsWith("BT-137"))).toBe(true);
    expect(result.valid ? [] : result.errors.every((e) => e.line > 0)).toBe(true);
  });

  it("reports an element out of the XSD's order with its line", () => {
    const swapped = fixture("E2_minimal.xml").replace(
      "<cbc:UBLVersionID>2.3</cbc:UBLVersionID>\n\t<cbc:CustomizationID>eforms-sdk-1.15</cbc:CustomizationID>",
      "<cbc:CustomizationID>eforms-sdk-1.15</cbc:CustomizationID>\n\t<cbc:UBLVersionID>2.3</cbc:UBLVersionID>",
    );
    const result = validateNoticeXml(swapped);
    expect(result).toMatchObject({
      valid: false,
      errors: [
        {
          line: 34,
          message: expect.stringContaining("Element 'cbc:UBLVersionID': This element is not expected"),
        },
      ],
    });
  });

  it("rejects a buyer that refers to no organisation of the notice", () => {
    const dangling = fixture("E2_minimal.xml").replace(
      /(<cac:ContractingParty>[\s\S]*?)ORG-0001/,
      "$1ORG-0009",
    );
    const result = validateNoticeXml(dangling);
    expect(result.valid ? [] : result.errors.map((e) => e.message)).toEqual([
      "OPT-300: the buyer (cac:ContractingParty) does not refer to an organisation of the notice",
    ]);
  });

  it.each([
    ["an unclosed tag", "<PriorInformationNotice><cbc:ID>"],
    ["mismatched tags", "<a><b></a>"],
    ["an empty string", ""],
    ["text that is not XML", "not xml & never was"],
    ["a NUL byte", "<a>\u0000</a>"],
  ])("returns errors, never throws, for %s", (_, xml) => {
    const result = validateNoticeXml(xml);
    expect(result.valid).toBe(false);
    expect(result.valid ? [] : result.errors.length).toBeGreaterThan(0);
  });

  it("keeps no external entity: a DOCTYPE pointing at a file is not read", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>`;
    const result = validateNoticeXml(xxe);
    expect(result.valid).toBe(false);
    expect(JSON.stringify(result)).not.toContain("root:");
  });
});
