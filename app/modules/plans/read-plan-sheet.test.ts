import { describe, expect, it } from "vitest";
import { decodeSheetText, detectDelimiter, readPlanSheet } from "./read-plan-sheet.server.ts";

// Issue 12 point 5: a normal Finnish Excel CSV is semicolon-separated and Windows-1252.
const windows1252 = (text: string) =>
  Uint8Array.from(
    [...text].map(
      (char) => ({ ä: 0xe4, ö: 0xf6, Ä: 0xc4, å: 0xe5, "–": 0x96, "€": 0x80 })[char] ?? char.charCodeAt(0),
    ),
  );

describe("reading CSV files as spreadsheets save them", () => {
  it("decodes UTF-8, UTF-16 with its mark and otherwise Windows-1252", () => {
    expect(decodeSheetText(new TextEncoder().encode("Päiväkoti – 5 €"))).toBe("Päiväkoti – 5 €");
    expect(decodeSheetText(windows1252("Päiväkoti – 5 €"))).toBe("Päiväkoti – 5 €");
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."Öö"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeSheetText(utf16)).toBe("Öö");
    expect(decodeSheetText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBeNull();
  });

  it("finds the delimiter from the header row, outside quotes", () => {
    expect(detectDelimiter("title_fi;need_fi;main_cpv\r\nA,b;c;d")).toBe(";");
    expect(detectDelimiter("title_fi,need_fi\nA;b,c")).toBe(",");
    expect(detectDelimiter("title_fi\tneed_fi\n")).toBe("\t");
    expect(detectDelimiter('"a;b;c",title_fi,need_fi\n')).toBe(",");
    expect(detectDelimiter("title_fi\nA")).toBe(",");
  });

  it("reads a semicolon Windows-1252 file into rows", async () => {
    const sheet = await readPlanSheet(
      windows1252("title_fi;need_fi;main_cpv\r\nPäiväkodin ruoka;Hyvää ruokaa;55524000\r\n"),
    );
    expect(sheet).toEqual({
      ok: true,
      rows: [
        {
          rowNumber: 2,
          record: { title_fi: "Päiväkodin ruoka", need_fi: "Hyvää ruokaa", main_cpv: "55524000" },
        },
      ],
      unknownColumns: [],
    });
  });
});
