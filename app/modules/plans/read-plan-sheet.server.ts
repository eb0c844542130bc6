import { parse } from "csv-parse/sync";
import { type PlanSheetRecord, planSheetColumns, planSheetHints } from "./plan-sheet-columns.ts";
import { readXlsx } from "./read-xlsx.server.ts";

export const maxSheetBytes = 2 * 1024 * 1024;
export const maxSheetRows = 2000;

export type SheetReadResult =
  | { ok: true; rows: { rowNumber: number; record: PlanSheetRecord }[]; unknownColumns: string[] }
  | {
      ok: false;
      error:
        | "planImport.errors.tooLarge"
        | "planImport.errors.fileType"
        | "planImport.errors.empty"
        | "planImport.errors.tooManyRows"
        | "planImport.errors.unpackedTooLarge"
        | "planImport.errors.noTitleColumn";
    };

/**
 * Reads a forward-plan spreadsheet, CSV (semicolon, comma or tab; UTF-8, UTF-16 or Windows-1252) or XLSX. The type is decided from
 * the content (an XLSX file is a ZIP archive), not from the name. Row numbers are the spreadsheet's own,
 * so errors point at the row a person sees.
 */
export async function readPlanSheet(bytes: Uint8Array): Promise<SheetReadResult> {
  if (bytes.byteLength > maxSheetBytes) return { ok: false, error: "planImport.errors.tooLarge" };
  if (bytes.byteLength === 0) return { ok: false, error: "planImport.errors.empty" };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  let table: string[][];
  if (isZip) {
    // The header and the template's description row may come on top of the plan rows.
    const sheet = await readXlsx(bytes, { maxRows: maxSheetRows + 2 });
    if (!sheet.ok) return { ok: false, error: `planImport.errors.${sheet.error}` };
    table = sheet.table;
  } else {
    const text = decodeSheetText(bytes);
    if (text === null) return { ok: false, error: "planImport.errors.fileType" };
    const delimiter = detectDelimiter(text);
    try {
      table = parse(text, {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: false,
        bom: true,
      }) as string[][];
    } catch {
      return { ok: false, error: "planImport.errors.fileType" };
    }
  }
  const [header, ...body] = table;
  if (!header || header.every((cell) => !cell.trim())) return { ok: false, error: "planImport.errors.empty" };
  const names = header.map((cell) => cell.trim().toLowerCase());
  // A Swedish-speaking authority may give only Swedish titles (issue 12 point 3).
  if (!names.includes("title_fi") && !names.includes("title_sv"))
    return { ok: false, error: "planImport.errors.noTitleColumn" };
  const known = new Set<string>(planSheetColumns);
  const rows: { rowNumber: number; record: PlanSheetRecord }[] = [];
  body.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => !String(cell ?? "").trim())) return;
    const record: PlanSheetRecord = {};
    names.forEach((name, column) => {
      if (known.has(name)) record[name as keyof PlanSheetRecord] = String(cells[column] ?? "");
    });
    // The template's description row is not a plan.
    if (record.title_fi === planSheetHints.title_fi) return;
    rows.push({ rowNumber, record });
  });
  if (rows.length === 0) return { ok: false, error: "planImport.errors.empty" };
  if (rows.length > maxSheetRows) return { ok: false, error: "planImport.errors.tooManyRows" };
  return { ok: true, rows, unknownColumns: names.filter((name) => name && !known.has(name)) };
}

/**
 * The text of a CSV file in the encodings spreadsheets save it in (issue 12 point 5): UTF-8 (with or
 * without a byte order mark), UTF-16 with its byte order mark (Excel's "Unicode text"), and otherwise
 * Windows-1252, which Excel on Finnish and Swedish Windows uses for "CSV (semicolon separated)". Text
 * that is not valid UTF-8 is taken as Windows-1252: UTF-8 is strict enough that a Windows-1252 file with
 * any "ä" or "ö" never passes as UTF-8, and ASCII is the same in both. The platform's WHATWG decoders do
 * the decoding, so no encoding table of our own. Null for binary content (NUL bytes).
 */
export function decodeSheetText(bytes: Uint8Array): string | null {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : isUtf8(bytes)
          ? "utf-8"
          : "windows-1252";
  const text = new TextDecoder(encoding).decode(bytes);
  // Binary files that happen to decode (NUL bytes) are not spreadsheets either. Other control
  // characters are a problem of their row, reported by the text rules (ADR 027).
  return text.includes("\u0000") ? null : text;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The delimiter of a CSV file: whichever of semicolon (Excel in Finnish and Swedish), comma or tab the
 * header row has most of, outside quotes; comma when it has none (a one-column file).
 */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const header = (text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "").replace(/"[^"]*"/g, "");
  const counts = ([",", ";", "\t"] as const).map((delimiter) => ({
    delimiter,
    count: header.split(delimiter).length - 1,
  }));
  const [best] = counts.sort((a, b) => b.count - a.count);
  return best && best.count > 0 ? best.delimiter : ",";
}
