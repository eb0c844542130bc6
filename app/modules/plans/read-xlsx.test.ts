import { constants, crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { maxSheetRows, readPlanSheet } from "./read-plan-sheet.server.ts";

// Uploaded workbooks are hostile input: a few hundred kilobytes can unpack to gigabytes. The reader must
// refuse them from what the archive declares, or stop while unpacking, and never hold the whole sheet.

type ZipEntry = { name: string; data: Buffer; size: number; crc: number; declaredSize?: number };

/** A stored entry from text. */
function entry(name: string, text: string): ZipEntry {
  const bytes = Buffer.from(text, "utf8");
  return { name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/** An entry of `total` bytes made by repeating `unit`, compressed while generated (never held whole). */
async function repeatedEntry(name: string, head: string, unit: string, total: number, tail = "") {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))), "utf8");
  let crc = 0;
  let size = 0;
  const write = (bytes: Buffer) =>
    new Promise<void>((resolve) => {
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (deflate.write(bytes)) resolve();
      else deflate.once("drain", resolve);
    });
  await write(Buffer.from(head, "utf8"));
  while (size + block.length < total) await write(block);
  await write(Buffer.from(tail, "utf8"));
  deflate.end();
  await done;
  return { name, data: Buffer.concat(chunks), size, crc };
}

/** A ZIP archive as Excel writes it (deflated entries, sizes in the headers), with sizes as declared. */
function zip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of entries) {
    const name = Buffer.from(item.name, "utf8");
    const size = item.declaredSize ?? item.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(item.crc >>> 0, 14);
    local.writeUInt32LE(item.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(item.crc >>> 0, 16);
    central.writeUInt32LE(item.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, item.data);
    centrals.push(central, name);
    offset += local.length + name.length + item.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const workbookEntries = () => [
  entry(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
  ),
  entry(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Plans" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ),
  entry(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  ),
];
const sheetHead = `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>title_fi</t></is></c></row>`;
const sheetTail = "</sheetData></worksheet>";

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
    const bomb = await repeatedEntry(
      "xl/worksheets/sheet1.xml",
      sheetHead,
      "\u0000".repeat(64),
      400 * 2 ** 20,
    );
    const bytes = zip([...workbookEntries(), bomb]);
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
