import type { Readable } from "node:stream";
import { SaxesParser, type SaxesTagNS } from "saxes";
import yauzl from "yauzl";

// A small streaming reader of the first sheet of an uploaded XLSX workbook (ADR 025). It trusts nothing
// in the file: the archive's entry count and the unpacked sizes its directory declares are checked before
// anything is unpacked, yauzl stops an entry that unpacks to more than it declared, and the sheet is parsed
// while it streams, so reading stops at the first row past the limit. Memory stays near the limits below
// whatever the archive claims or contains (a "zip bomb" of a few hundred kilobytes is refused unread).

/** At most this many entries in the archive (a workbook from Excel or LibreOffice has about 10–30). */
export const maxXlsxEntries = 500;
/** At most this many bytes unpacked in one entry that is read (a 2,000-row sheet is a few megabytes). */
export const maxXlsxEntryBytes = 32 * 1024 * 1024;
/** At most this many bytes unpacked in all entries together, as the archive declares them. */
export const maxXlsxTotalBytes = 64 * 1024 * 1024;
/** Cells right of this many columns are ignored (the template has 27): a far-right cell costs nothing. */
const maxColumns = 256;

export type XlsxReadResult =
  | { ok: true; table: string[][] }
  | { ok: false; error: "fileType" | "unpackedTooLarge" | "tooManyRows" };

/** Thrown inside the reader to stop at once; turned into the result by readXlsx. */
class StopReading extends Error {
  readonly reason: "fileType" | "unpackedTooLarge" | "tooManyRows";
  constructor(reason: "fileType" | "unpackedTooLarge" | "tooManyRows") {
    super(reason);
    this.reason = reason;
  }
}

/**
 * The cells of the workbook's first sheet as text, row by row (index 0 is the sheet's row 1). Reading
 * stops with `tooManyRows` after `maxRows` rows that have a value.
 */
export async function readXlsx(bytes: Uint8Array, { maxRows }: { maxRows: number }): Promise<XlsxReadResult> {
  try {
    return { ok: true, table: await readFirstSheet(bytes, maxRows) };
  } catch (error) {
    if (error instanceof StopReading) return { ok: false, error: error.reason };
    // yauzl's check that an entry unpacks to no more than its declared size.
    if (error instanceof Error && error.message.startsWith("too many bytes in the stream")) {
      return { ok: false, error: "unpackedTooLarge" };
    }
    // A damaged archive or malformed XML: not a workbook we can read.
    return { ok: false, error: "fileType" };
  }
}

async function readFirstSheet(bytes: Uint8Array, maxRows: number): Promise<string[][]> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    lazyEntries: true,
    validateEntrySizes: true,
    strictFileNames: false,
  });
  try {
    if (zip.entryCount > maxXlsxEntries) throw new StopReading("unpackedTooLarge");
    const entries = new Map<string, yauzl.Entry>();
    let total = 0;
    for (const entry of await listEntries(zip)) {
      total += entry.uncompressedSize;
      if (total > maxXlsxTotalBytes) throw new StopReading("unpackedTooLarge");
      entries.set(entry.fileName.replace(/^\/+/, ""), entry);
    }
    const text = async (name: string) => {
      const entry = entries.get(name);
      return entry ? await readEntryText(zip, entry) : null;
    };
    const workbook = await text("xl/workbook.xml");
    if (workbook === null) throw new StopReading("fileType");
    const sheetPath = await firstSheetPath(workbook, await text("xl/_rels/workbook.xml.rels"));
    const sheet = sheetPath ? entries.get(sheetPath) : undefined;
    if (!sheet) throw new StopReading("fileType");
    const sharedStrings = await parseSharedStrings(await text("xl/sharedStrings.xml"));
    const dateStyles = await parseDateStyles(await text("xl/styles.xml"));
    const is1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);
    return await parseSheet(zip, sheet, { sharedStrings, dateStyles, is1904, maxRows });
  } finally {
    zip.close();
  }
}

/** The archive's directory (names and declared sizes; nothing is unpacked). */
function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}

function checkSize(entry: yauzl.Entry) {
  if (entry.uncompressedSize > maxXlsxEntryBytes) throw new StopReading("unpackedTooLarge");
}

async function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  checkSize(entry);
  return zip.openReadStreamPromise(entry);
}

async function readEntryText(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  const stream = await openEntry(zip, entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses XML from a string or a stream with namespaces resolved; DTDs are refused (no entity tricks). */
async function parseXml(
  source: string | Readable,
  handlers: {
    open?: (tag: SaxesTagNS) => void;
    close?: (tag: SaxesTagNS) => void;
    text?: (text: string) => void;
  },
): Promise<void> {
  const parser = new SaxesParser({ xmlns: true });
  let failure: unknown = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("doctype", () => {
    failure ??= new StopReading("fileType");
  });
  if (handlers.open) parser.on("opentag", handlers.open);
  if (handlers.close) parser.on("closetag", handlers.close);
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  const write = (chunk: string) => {
    parser.write(chunk);
    if (failure) throw failure;
  };
  if (typeof source === "string") write(source);
  else {
    source.setEncoding("utf8");
    try {
      for await (const chunk of source) write(chunk as string);
    } finally {
      source.destroy();
    }
  }
  parser.close();
  if (failure) throw failure;
}

const attribute = (tag: SaxesTagNS, name: string) => tag.attributes[name]?.value;

async function firstSheetPath(workbook: string, relations: string | null): Promise<string | null> {
  let relationId: string | null = null;
  await parseXml(workbook, {
    open: (tag) => {
      if (tag.local !== "sheet" || relationId !== null) return;
      const id = Object.values(tag.attributes).find((item) => item.local === "id" && item.prefix !== "");
      relationId = id?.value ?? null;
    },
  });
  if (!relationId || !relations) return relationId === null ? null : "xl/worksheets/sheet1.xml";
  let target: string | null = null;
  await parseXml(relations, {
    open: (tag) => {
      if (tag.local === "Relationship" && attribute(tag, "Id") === relationId)
        target = attribute(tag, "Target") ?? null;
    },
  });
  if (!target) return null;
  const path = (target as string).startsWith("/") ? (target as string).slice(1) : `xl/${target}`;
  return path.replace(/\/\.\//g, "/");
}

async function parseSharedStrings(xml: string | null): Promise<string[]> {
  const strings: string[] = [];
  if (!xml) return strings;
  let current = "";
  let inText = false;
  let inPhonetic = false;
  await parseXml(xml, {
    open: (tag) => {
      if (tag.local === "si") current = "";
      else if (tag.local === "rPh") inPhonetic = true;
      else if (tag.local === "t" && !inPhonetic) inText = true;
    },
    close: (tag) => {
      if (tag.local === "si") strings.push(current);
      else if (tag.local === "rPh") inPhonetic = false;
      else if (tag.local === "t") inText = false;
    },
    text: (text) => {
      if (inText) current += text;
    },
  });
  return strings;
}

/** Built-in number formats that show dates (ECMA-376 18.8.30). */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Indexes of the cell styles (cellXfs) whose number format is a date. */
async function parseDateStyles(xml: string | null): Promise<Set<number>> {
  const styles = new Set<number>();
  if (!xml) return styles;
  const customDates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  await parseXml(xml, {
    open: (tag) => {
      if (tag.local === "numFmt") {
        // A date format has day, month or year letters outside quoted text and [colour] blocks.
        const code = (attribute(tag, "formatCode") ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
        if (/[dmy]/i.test(code)) customDates.add(Number(attribute(tag, "numFmtId")));
      } else if (tag.local === "cellXfs") inCellXfs = true;
      else if (tag.local === "xf" && inCellXfs) {
        const format = Number(attribute(tag, "numFmtId") ?? 0);
        if (builtInDateFormats.has(format) || customDates.has(format)) styles.add(index);
        index++;
      }
    },
    close: (tag) => {
      if (tag.local === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

/** The zero-based column of a cell reference such as "AB12". */
function columnOf(reference: string | undefined, fallback: number): number {
  const letters = /^([A-Z]{1,3})\d*$/i.exec(reference ?? "")?.[1];
  if (!letters) return fallback;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

/** An Excel date serial as an ISO date (the 1900 system counts a 29 February 1900 that never was). */
function serialToIsoDate(serial: number, is1904: boolean): string {
  const epoch = is1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400) * 1000).toISOString().slice(0, 10);
}

async function parseSheet(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  options: { sharedStrings: string[]; dateStyles: Set<number>; is1904: boolean; maxRows: number },
): Promise<string[][]> {
  const table: string[][] = [];
  let rowsWithValues = 0;
  let row: string[] | null = null;
  let rowIndex = -1;
  let cell: { column: number; type: string; style: number } | null = null;
  let value = "";
  let inValue = false;
  await parseXml(await openEntry(zip, entry), {
    open: (tag) => {
      if (tag.local === "row") {
        rowIndex = Number(attribute(tag, "r") ?? rowIndex + 2) - 1;
        row = [];
      } else if (tag.local === "c" && row) {
        cell = {
          column: columnOf(attribute(tag, "r"), row.length),
          type: attribute(tag, "t") ?? "n",
          style: Number(attribute(tag, "s") ?? 0),
        };
        value = "";
      } else if (cell && (tag.local === "v" || tag.local === "t")) inValue = true;
    },
    close: (tag) => {
      if ((tag.local === "v" || tag.local === "t") && cell) inValue = false;
      else if (tag.local === "c" && cell && row) {
        if (cell.column < maxColumns) row[cell.column] = cellText(cell, value, options);
        cell = null;
      } else if (tag.local === "row" && row) {
        const cells = Array.from(row, (text) => text ?? "");
        // Rows without a value are left out (styled empty rows are common): what is kept is bounded.
        if (cells.some((text) => text.trim())) {
          rowsWithValues++;
          if (rowsWithValues > options.maxRows) throw new StopReading("tooManyRows");
          if (rowIndex >= 0 && rowIndex < 1_048_576) table[rowIndex] = cells;
        }
        row = null;
      }
    },
    text: (text) => {
      if (inValue) value += text;
    },
  });
  return Array.from(table, (cells) => cells ?? []);
}

function cellText(
  cell: { type: string; style: number },
  value: string,
  {
    sharedStrings,
    dateStyles,
    is1904,
  }: { sharedStrings: string[]; dateStyles: Set<number>; is1904: boolean },
): string {
  switch (cell.type) {
    case "s":
      return sharedStrings[Number(value)] ?? "";
    case "str":
    case "inlineStr":
      return value;
    case "b":
      return value === "1" ? "true" : "false";
    case "e":
      return "";
    case "d":
      return value.slice(0, 10);
    default: {
      if (value.trim() === "") return "";
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      return dateStyles.has(cell.style) ? serialToIsoDate(number, is1904) : String(number);
    }
  }
}
