import ExcelJS from "exceljs";
import type { DbOrTx } from "../../db/types.ts";
import { formatDate } from "../../i18n/format.ts";
import { getI18n } from "../../i18n/i18n.ts";
import type { Locale } from "../../i18n/locales.ts";
import { spreadsheetText } from "../../lib/clean-text.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { rfiAnswerText } from "./rfi-format.ts";
import { getRfiForBuyer } from "./rfi-queries.server.ts";

/** A cell a spreadsheet would run as a formula is kept as text; what XML forbids is removed (ADR 027). */
const safe = spreadsheetText;

/**
 * A request's responses as an XLSX workbook for the plan's buyers (anyone else: not found), in the
 * locale: one sheet by company (a row per company, a column per question) and one by question (a row
 * per answer, with its business-secret mark). Every text cell goes through spreadsheetText.
 */
export async function rfiResponsesXlsx({
  db,
  viewer,
  rfiId,
  planId,
  locale,
}: {
  db: DbOrTx;
  viewer: Viewer | null;
  rfiId: string;
  planId: string;
  locale: Locale;
}): Promise<{ bytes: Uint8Array; title: string } | null> {
  const { rfi, questions, responses } = await getRfiForBuyer(db, viewer, rfiId);
  if (rfi.planId !== planId) return null;
  const { t } = getI18n(locale);
  const text = (index: number) => safe(`${index + 1}. ${pickText(questions[index]?.text, locale)}`);
  const workbook = new ExcelJS.Workbook();
  const byCompany = workbook.addWorksheet(t("rfi.xlsx.byCompany"));
  byCompany.addRow([
    t("rfi.xlsx.company"),
    t("rfi.xlsx.lastEditor"),
    t("rfi.xlsx.updatedAt"),
    ...questions.map((_, index) => text(index)),
  ]).font = { bold: true };
  for (const response of responses)
    byCompany.addRow([
      safe(response.company),
      safe(response.lastEditor ?? ""),
      formatDate(locale, response.updatedAt, true),
      ...questions.map((question) => {
        const answer = response.answers[question.id];
        const value = safe(rfiAnswerText(question, answer, locale, t));
        return answer?.isBusinessSecret ? `${t("rfi.businessSecretMark")} ${value}` : value;
      }),
    ]);
  const byQuestion = workbook.addWorksheet(t("rfi.xlsx.byQuestion"));
  byQuestion.addRow([
    t("rfi.xlsx.question"),
    t("rfi.xlsx.company"),
    t("rfi.xlsx.answer"),
    t("rfi.xlsx.businessSecret"),
  ]).font = { bold: true };
  questions.forEach((question, index) => {
    for (const response of responses) {
      const answer = response.answers[question.id];
      byQuestion.addRow([
        text(index),
        safe(response.company),
        safe(rfiAnswerText(question, answer, locale, t)),
        answer?.isBusinessSecret ? t("rfi.yes") : "",
      ]);
    }
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), title: pickText(rfi.title, locale) };
}
