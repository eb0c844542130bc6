import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { type PlanSheetRecord, planSheetColumns, planSheetHints } from "./plan-sheet-columns.ts";

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
        | "planImport.errors.noTitleColumn";
    };

/**
 * Reads a forward-plan spreadsheet, CSV (comma or semicolon, UTF-8) or XLSX. The type is decided from
 * the content (an XLSX file is a ZIP archive), not from the name. Row numbers are the spreadsheet's own,
 * so errors point at the row a person sees.
 */
export async function readPlanSheet(bytes: Uint8Array): Promise<SheetReadResult> {
  if (bytes.byteLength > maxSheetBytes) return { ok: false, error: "planImport.errors.tooLarge" };
  if (bytes.byteLength === 0) return { ok: false, error: "planImport.errors.empty" };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  let table: string[][];
  if (isZip) {
    const cells = await readXlsx(bytes);
    if (!cells) return { ok: false, error: "planImport.errors.fileType" };
    table = cells;
  } else {
    const text = decodeUtf8(bytes);
    if (text === null) return { ok: false, error: "planImport.errors.fileType" };
    const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
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
  if (!names.includes("title_fi")) return { ok: false, error: "planImport.errors.noTitleColumn" };
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

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // Binary files that happen to decode (NUL bytes) are not spreadsheets either.
    return text.includes("\u0000") ? null : text;
  } catch {
    return null;
  }
}

async function readXlsx(bytes: Uint8Array): Promise<string[][] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    table[rowNumber - 1] = cells;
  });
  return Array.from(table, (row) => row ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    return "";
  }
  return String(value);
}
