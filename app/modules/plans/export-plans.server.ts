import { and, asc, eq, isNull } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { loadPlanSnapshot } from "./plan-record.server.ts";
import { type PlanSheetColumn, planSheetColumns, planSheetHints } from "./plan-sheet-columns.ts";
import { canSeeInternalPlansOf } from "./policy.ts";
import { plansPlan } from "./tables.ts";

/** The organisation's unarchived plans (all visibilities: the workspace export) as spreadsheet records. */
export async function listPlansForSheet({
  services,
  viewer,
  organisationId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
}): Promise<Record<PlanSheetColumn, string>[]> {
  assertAllowed(canSeeInternalPlansOf(viewer, organisationId));
  const { db } = services.database;
  const plans = await db
    .select({ id: plansPlan.id })
    .from(plansPlan)
    .where(and(eq(plansPlan.organisationId, organisationId), isNull(plansPlan.archivedAt)))
    .orderBy(asc(plansPlan.tenderYear), asc(plansPlan.tenderQuarter), asc(plansPlan.createdAt));
  const records: Record<PlanSheetColumn, string>[] = [];
  for (const { id } of plans) records.push(snapshotToRecord(await loadPlanSnapshot(db, id)));
  return records;
}

function snapshotToRecord(s: Record<string, unknown>): Record<PlanSheetColumn, string> {
  const t = (value: unknown, lang: "fi" | "sv" | "en") =>
    (value as Record<string, string> | null)?.[lang] ?? "";
  const v = (value: unknown) => (value === null || value === undefined ? "" : String(value));
  const lots = (s.lots as { title: Record<string, string | undefined> }[] | undefined) ?? [];
  const lotNames = (lang: "fi" | "sv" | "en") =>
    lots.some((lot) => lot.title[lang]) ? lots.map((lot) => lot.title[lang] ?? "").join("; ") : "";
  return {
    title_fi: t(s.title, "fi"),
    title_sv: t(s.title, "sv"),
    title_en: t(s.title, "en"),
    need_fi: t(s.need, "fi"),
    need_sv: t(s.need, "sv"),
    need_en: t(s.need, "en"),
    main_cpv: v(s.mainCpv),
    additional_cpv: ((s.additionalCpv as string[] | undefined) ?? []).join("; "),
    estimated_value_eur: v(s.estimatedValueEur),
    value_category: v(s.valueCategory),
    tender_year: v(s.tenderYear),
    tender_quarter: v(s.tenderQuarter),
    tender_month: v(s.tenderMonth),
    dialogue_start: v(s.dialogueStart),
    dialogue_end: v(s.dialogueEnd),
    contract_start: v(s.contractStart),
    contract_duration_months: v(s.contractDurationMonths),
    option_months: v(s.optionMonths),
    procedure: v(s.procedure),
    divided_into_lots: s.isDividedIntoLots ? "kyllä" : "ei",
    lots: lotNames("fi"),
    lots_sv: lotNames("sv"),
    lots_en: lotNames("en"),
    no_lots_reason_fi: t(s.noLotsReason, "fi"),
    no_lots_reason_sv: t(s.noLotsReason, "sv"),
    no_lots_reason_en: t(s.noLotsReason, "en"),
    sustainability: ((s.sustainability as string[] | undefined) ?? []).join("; "),
    employment_condition: s.employmentCondition ? "kyllä" : "ei",
    contact_name: v(s.contactName),
    contact_email: v(s.contactEmail),
    contact_phone: v(s.contactPhone),
    confidence: v(s.confidence),
    visibility: v(s.visibility),
  };
}

/** CSV with a header row of column keys; `withHints` adds the Finnish description row (the template). */
export function toPlanCsv(records: Record<PlanSheetColumn, string>[], withHints = false): string {
  const quote = (value: string) => (/[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [planSheetColumns.join(",")];
  if (withHints) lines.push(planSheetColumns.map((c) => quote(planSheetHints[c])).join(","));
  for (const record of records) lines.push(planSheetColumns.map((c) => quote(record[c])).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The same as an XLSX workbook. */
export async function toPlanXlsx(
  records: Record<PlanSheetColumn, string>[],
  withHints = false,
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Hankintasuunnitelma");
  sheet.addRow([...planSheetColumns]);
  if (withHints) sheet.addRow(planSheetColumns.map((c) => planSheetHints[c]));
  for (const record of records) sheet.addRow(planSheetColumns.map((c) => record[c]));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: withHints ? 2 : 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
