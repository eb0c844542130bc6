import type { Db } from "../../db/types.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { findThresholds } from "../reference-data/index.server.ts";
import { classifyValue } from "../reference-data/index.ts";
import { insertPlanRecord } from "./create-plan.server.ts";
import { checkPlanReferences } from "./plan-references.server.ts";
import { type PlanSheetColumn, type PlanSheetRecord, sheetRecordToPlanInput } from "./plan-sheet-columns.ts";
import { canEditPlansOf } from "./policy.ts";
import { type PlanInput, planFieldErrors, planInputSchema } from "./schemas.ts";

export type RowProblem = { column: PlanSheetColumn | "row"; message: string };
export type CheckedRow =
  | { rowNumber: number; ok: true; input: PlanInput; record: PlanSheetRecord }
  | { rowNumber: number; ok: false; problems: RowProblem[]; record: PlanSheetRecord };

const columnOf: Record<string, PlanSheetColumn> = {
  "title.fi": "title_fi",
  "title.sv": "title_sv",
  "title.en": "title_en",
  "need.fi": "need_fi",
  "need.sv": "need_sv",
  "need.en": "need_en",
  mainCpv: "main_cpv",
  additionalCpv: "additional_cpv",
  estimatedValueEur: "estimated_value_eur",
  valueCategory: "value_category",
  tenderYear: "tender_year",
  tenderQuarter: "tender_quarter",
  tenderMonth: "tender_month",
  dialogueStart: "dialogue_start",
  dialogueEnd: "dialogue_end",
  contractStart: "contract_start",
  contractDurationMonths: "contract_duration_months",
  optionMonths: "option_months",
  procedure: "procedure",
  lots: "lots",
  noLotsReason: "no_lots_reason_fi",
  "noLotsReason.fi": "no_lots_reason_fi",
  "noLotsReason.sv": "no_lots_reason_sv",
  "noLotsReason.en": "no_lots_reason_en",
  sustainability: "sustainability",
  contactName: "contact_name",
  contactEmail: "contact_email",
  contactPhone: "contact_phone",
  confidence: "confidence",
  visibility: "visibility",
};

/** The spreadsheet column a schema path (e.g. "lots.1.title.fi", "noLotsReason.fi") belongs to. */
export function columnForPath(path: string): PlanSheetColumn | "row" {
  if (path in columnOf) return columnOf[path] as PlanSheetColumn;
  const lotTitle = /^lots\.\d+\.title\.(sv|en)$/.exec(path);
  if (lotTitle) return `lots_${lotTitle[1] as "sv" | "en"}`;
  const [head = ""] = path.split(".");
  return columnOf[head] ?? "row";
}

/** Checks every row as the form would: the schema, then the codes and organisations in the database. */
export async function checkPlanRows(
  db: Db,
  organisationId: string,
  rows: { rowNumber: number; record: PlanSheetRecord }[],
) {
  const checked: CheckedRow[] = [];
  for (const { rowNumber, record } of rows) {
    const parsed = planInputSchema.safeParse(sheetRecordToPlanInput(record));
    if (!parsed.success) {
      const problems = Object.entries(planFieldErrors(parsed.error)).map(([path, message]) => ({
        column: columnForPath(path),
        message,
      }));
      checked.push({ rowNumber, ok: false, problems, record });
      continue;
    }
    const references = await checkPlanReferences(db, parsed.data, organisationId);
    const problems = Object.entries(references).map(([path, message]) => ({
      column: columnForPath(path),
      message,
    }));
    checked.push(
      problems.length > 0
        ? { rowNumber, ok: false, problems, record }
        : { rowNumber, ok: true, input: parsed.data, record },
    );
  }
  return checked;
}

/**
 * Saves the confirmed rows as plans of the organisation, all in one transaction. Every row is checked
 * again (what the browser sends back is not trusted); if any fails, nothing is saved.
 */
export async function importPlans({
  services,
  viewer,
  organisationId,
  records,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
  records: { rowNumber: number; record: PlanSheetRecord }[];
  requestId?: string;
}): Promise<{ ok: true; created: number } | { ok: false; rows: CheckedRow[] }> {
  assertAllowed(canEditPlansOf(viewer, organisationId));
  const { db } = services.database;
  const checked = await checkPlanRows(db, organisationId, records);
  if (checked.some((row) => !row.ok)) return { ok: false, rows: checked };
  const thresholds = await findThresholds({ db, at: new Date() });
  await db.transaction(async (tx) => {
    for (const row of checked) {
      if (!row.ok) continue;
      const { input } = row;
      const valueBand =
        input.estimatedValueEur === undefined
          ? null
          : classifyValue(input.estimatedValueEur, input.valueCategory, thresholds);
      await insertPlanRecord(tx, {
        organisationId,
        input,
        valueBand,
        actorId: viewer?.userId ?? null,
        requestId,
        action: "plans.import",
      });
    }
  });
  return { ok: true, created: checked.length };
}
