import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { spreadsheetText } from "../../lib/clean-text.ts";
import { type PublicPlanCell, type PublicPlanColumn, publicPlanColumns } from "./plan-table.ts";

// CSV and XLSX files of public plans. The CSV is UTF-8 with a byte-order mark (so spreadsheet programs
// read ä and ö right), comma-separated. Every text cell of both goes through spreadsheetText (ADR 027):
// no characters XML forbids (one such title made the XLSX unreadable for everyone), at most a cell's
// length, and a leading apostrophe on text a spreadsheet would run as a formula. XLSX cells are typed
// as well, so text is never a formula there.

type Row = Record<PublicPlanColumn, PublicPlanCell>;

function csvCell(value: PublicPlanCell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  return spreadsheetText(value);
}

const xlsxRow = (row: Row) =>
  Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      typeof value === "string" ? spreadsheetText(value) : value,
    ]),
  );

export function publicPlansCsv(rows: Row[]): string {
  const records = rows.map((row) => publicPlanColumns.map((column) => csvCell(row[column])));
  return `\uFEFF${stringify([[...publicPlanColumns], ...records], { record_delimiter: "windows" })}`;
}

export async function publicPlansXlsx(rows: Row[], { source }: { source: string }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Hankintasilta";
  const sheet = workbook.addWorksheet("plans");
  sheet.columns = publicPlanColumns.map((column) => ({ header: column, key: column, width: 18 }));
  for (const row of rows) sheet.addRow(xlsxRow(row));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const about = workbook.addWorksheet("licence");
  about.addRow(["Source", source]);
  about.addRow(["Licence", "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"]);
  about.addRow(["Credit", "Hankintasilta and the organisation that published each plan"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
