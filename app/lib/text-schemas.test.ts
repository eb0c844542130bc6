import { describe, expect, it } from "vitest";
import { foldToOneLine, withoutXmlForbidden } from "./clean-text.ts";
import { multiLineText, optionalSingleLineText, singleLineText } from "./text-schemas.ts";

const hostile: [string, string, string][] = [
  ["NUL", "Koulu\u0000ruoka", "validation.controlCharacter"],
  ["U+0001", "Koulu\u0001ruoka", "validation.controlCharacter"],
  ["DEL", "Koulu\u007Fruoka", "validation.controlCharacter"],
  ["C1 control", "Koulu\u0085ruoka", "validation.controlCharacter"],
  ["U+FFFE", "Koulu\uFFFEruoka", "validation.controlCharacter"],
  ["U+FFFF", "Koulu\uFFFFruoka", "validation.controlCharacter"],
  ["lone surrogate", "Koulu\uD800ruoka", "validation.controlCharacter"],
  ["right-to-left override", "Koulu\u202Eruoka", "validation.bidiCharacter"],
  ["isolate", "Koulu\u2066ruoka\u2069", "validation.bidiCharacter"],
];

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("text at the edge", () => {
  it.each(hostile)("refuses %s in one-line and long texts with a field message", (_, text, key) => {
    expect(messageOf(singleLineText(200).safeParse(text))).toBe(key);
    expect(messageOf(multiLineText(5000).safeParse(text))).toBe(key);
    expect(messageOf(optionalSingleLineText(200).safeParse(text))).toBe(key);
  });

  it("refuses line breaks and tabs in one-line texts", () => {
    expect(messageOf(singleLineText(200).safeParse("Koulujen\nsiivous"))).toBe("validation.lineBreak");
    expect(messageOf(singleLineText(200).safeParse("Koulujen\r\nsiivous"))).toBe("validation.lineBreak");
    expect(messageOf(singleLineText(200).safeParse("Koulujen\u2028siivous"))).toBe("validation.lineBreak");
    expect(messageOf(singleLineText(200).safeParse("Koulujen\tsiivous"))).toBe("validation.controlCharacter");
  });

  it("keeps Finnish and Swedish text, emoji and line breaks in long texts as written", () => {
    const title = "Päiväkotien ruokapalvelut – Daghemmens måltidstjänster 🍲👩‍🍳";
    expect(singleLineText(200).parse(title)).toBe(title);
    const need = "Ensimmäinen kappale: äöå ÄÖÅ.\n\n\tToinen kappale 🇫🇮 ja\u200Eright-to-left mark.";
    expect(multiLineText(5000).parse(need)).toBe(need);
  });

  it("normalises what an editor would not see: NFC, CRLF and white space around", () => {
    expect(singleLineText(200).parse("  Pa\u0308iva\u0308koti ")).toBe("Päiväkoti");
    expect(multiLineText(5000).parse("Rivi 1\r\nRivi 2\rRivi 3")).toBe("Rivi 1\nRivi 2\nRivi 3");
    expect(optionalSingleLineText(200).parse("   ")).toBeUndefined();
  });
});

describe("text at the writers", () => {
  it("folds a stored title to one clean line for a header", () => {
    expect(foldToOneLine("Kirjaston\r\nsiivous\u0007 \u202Eja\uD800 ikkunat")).toBe(
      "Kirjaston siivous ja ikkunat",
    );
  });

  it("removes what XML forbids and keeps emoji and line breaks", () => {
    expect(withoutXmlForbidden("A\u0001B\uFFFE\uFFFFC\uDC00 🧹\nD\u0000")).toBe("ABC 🧹\nD");
  });
});
