import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  entry,
  repeatedEntry,
  sheetHead,
  sheetTail,
  workbookEntries,
  zip,
  zipBomb,
} from "../../test/xlsx-archives.ts";
import { maxSheetRows, readPlanSheet } from "./read-plan-sheet.server.ts";

// Uploaded workbooks are hostile input: a few hundred kilobytes can unpack to gigabytes. The reader must
// refuse them from what the archive declares, or stop while unpacking, and never hold the whole sheet.

/** Reads the bytes and reports the answer, the time taken and how much memory grew meanwhile. */
async function measure(bytes: Uint8Array) {
  const before = process.memoryUsage();
  const started = performance.now();
  const result = await readPlanSheet(bytes);
  const after = process.memoryUsage();
  const grewBy = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
  return { result, seconds: (performance.now() - started) / 1000, grewMb: grewBy / 2 ** 20 };
}

describe("reading an uploaded XLSX workbook", () => {
  it("refuses a zip bomb (a 400 MB sheet in a few hundred kB) from its declared size, unread", async () => {
    const bytes = await zipBomb();
    expect(bytes.byteLength).toBeLessThan(2 * 1024 * 1024);
    const { result, seconds, grewMb } = await measure(bytes);
    expect(result).toEqual({ ok: false, error: "planImport.errors.unpackedTooLarge" });
    expect(seconds).toBeLessThan(5);
    expect(grewMb).toBeLessThan(64);
  });

  it("stops unpacking an entry that declares less than it holds", async () => {
    const bomb = await repeatedEntry(
      "xl/worksheets/sheet1.xml",
      sheetHead,
      '<row><c t="inlineStr"><is><t>Koulujen siivous</t></is></c></row>',
      300 * 2 ** 20,
      sheetTail,
    );
    const bytes = zip([...workbookEntries(), { ...bomb, declaredSize: 4096 }]);
    const { result, seconds, grewMb } = await measure(bytes);
    expect(result).toEqual({ ok: false, error: "planImport.errors.unpackedTooLarge" });
    expect(seconds).toBeLessThan(5);
    expect(grewMb).toBeLessThan(64);
  });

  it("stops at the first row past the limit in a sheet of a million rows", async () => {
    const rows = await repeatedEntry(
      "xl/worksheets/sheet1.xml",
      sheetHead,
      '<row><c t="inlineStr"><is><t>Koulujen siivous</t></is></c></row>',
      30 * 2 ** 20,
      sheetTail,
    );
    const { result, seconds, grewMb } = await measure(zip([...workbookEntries(), rows]));
    expect(result).toEqual({ ok: false, error: "planImport.errors.tooManyRows" });
    expect(seconds).toBeLessThan(5);
    expect(grewMb).toBeLessThan(64);
  });

  it("refuses an archive of too many entries", async () => {
    const many = Array.from({ length: 600 }, (_, index) => entry(`xl/media/image${index}.bin`, "x"));
    const sheet = entry("xl/worksheets/sheet1.xml", `${sheetHead}${sheetTail}`);
    expect(await readPlanSheet(zip([...workbookEntries(), sheet, ...many]))).toEqual({
      ok: false,
      error: "planImport.errors.unpackedTooLarge",
    });
  });

  it("reads the first sheet's texts, numbers and dates as a person sees them", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Suunnitelmat");
    workbook.addWorksheet("Toinen");
    sheet.addRow(["title_fi", "estimated_value_eur", "contract_start", "need_fi", "lots"]);
    sheet.addRow([
      "Koulujen siivous & <kunnossapito>",
      450000,
      new Date(Date.UTC(2027, 7, 1)),
      { richText: [{ text: "Puhtaat " }, { text: "koulut", font: { bold: true } }] },
      true,
    ]);
    sheet.getCell("C2").numFmt = "d.m.yyyy";
    sheet.addRow([]);
    sheet.addRow(["Katuvalot", 1.5, { formula: "DATE(2028,2,29)", result: new Date(Date.UTC(2028, 1, 29)) }]);
    sheet.getCell("C4").numFmt = "yyyy-mm-dd";
    const result = await readPlanSheet(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        record: {
          title_fi: "Koulujen siivous & <kunnossapito>",
          estimated_value_eur: "450000",
          contract_start: "2027-08-01",
          need_fi: "Puhtaat koulut",
          lots: "true",
        },
      },
      {
        rowNumber: 4,
        record: {
          title_fi: "Katuvalot",
          estimated_value_eur: "1.5",
          contract_start: "2028-02-29",
          need_fi: "",
          lots: "",
        },
      },
    ]);
    expect(result.unknownColumns).toEqual([]);
  });

  it(`accepts ${maxSheetRows} rows and refuses one more`, async () => {
    const build = async (count: number) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Suunnitelmat");
      sheet.addRow(["title_fi"]);
      for (let index = 0; index < count; index++) sheet.addRow([`Suunnitelma ${index + 1}`]);
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    };
    const full = await readPlanSheet(await build(maxSheetRows));
    expect(full.ok && full.rows.length).toBe(maxSheetRows);
    expect(await readPlanSheet(await build(maxSheetRows + 1))).toEqual({
      ok: false,
      error: "planImport.errors.tooManyRows",
    });
  });
});
