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
    // The header and the template's description row may come on top of the plan rows.
    const sheet = await readXlsx(bytes, { maxRows: maxSheetRows + 2 });
    if (!sheet.ok) return { ok: false, error: `planImport.errors.${sheet.error}` };
    table = sheet.table;
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

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // Binary files that happen to decode (NUL bytes) are not spreadsheets either.
    return text.includes("\u0000") ? null : text;
  } catch {
    return null;
  }
}
