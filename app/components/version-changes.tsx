import { useTranslation } from "react-i18next";
import { formatMoney } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { pickText, type TextByLanguage } from "../lib/pick-translation.ts";
import {
  confidenceLabel,
  planFieldLabels,
  procedureLabel,
  statusLabel,
  valueBandLabel,
  valueCategoryLabel,
  visibilityLabel,
} from "../modules/plans/index.ts";

export type VersionChange = { from: unknown; to: unknown };

const coded: Record<string, (value: string) => string> = {
  status: statusLabel,
  visibility: visibilityLabel,
  valueBand: valueBandLabel,
  valueCategory: valueCategoryLabel,
  procedure: procedureLabel,
  confidence: confidenceLabel,
};
const longest = 200;

/** A text per language ({ fi?, sv?, en? }); a Swedish-only plan's texts have no Finnish key. */
function isTranslated(value: unknown): value is TextByLanguage {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.every((key) => key === "fi" || key === "sv" || key === "en");
}

/**
 * One version's changes as "field: old → new", each value in the reader's language (codes as their
 * labels, texts in the page language when the plan has it, long texts shortened), issue 12 point 12.
 */
export function VersionChanges({
  changes,
  locale,
}: {
  changes: Record<string, VersionChange>;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const show = (field: string, value: unknown): string | null => {
    if (value === null || value === undefined || value === "") return null;
    if (typeof value === "boolean") return t(value ? "forwardPlan.yes" : "forwardPlan.no");
    if (typeof value === "number")
      return field === "estimatedValueEur" ? formatMoney(locale, value) : String(value);
    if (typeof value === "string") return coded[field] ? t(coded[field](value)) : value;
    if (isTranslated(value)) return pickText(value, locale) || null;
    if (Array.isArray(value)) {
      if (value.length === 0) return null;
      if (field === "participants") return String(value.length);
      const items = value.map((item) => {
        if (typeof item !== "object" || item === null) return String(item);
        const record = item as Record<string, unknown>;
        if (isTranslated(record.title)) return pickText(record.title, locale);
        return String(record.fileName ?? JSON.stringify(item));
      });
      return items.join(field === "lots" ? "; " : ", ");
    }
    return JSON.stringify(value);
  };
  const cut = (text: string | null) =>
    text === null ? t("planWork.emptyValue") : text.length > longest ? `${text.slice(0, longest)}…` : text;
  const labelOf = (field: string) => {
    const key = planFieldLabels[field as keyof typeof planFieldLabels];
    return key ? t(key) : field;
  };
  return (
    <ul className="version-changes">
      {Object.entries(changes).map(([field, change]) => (
        <li key={field}>
          <strong>{labelOf(field)}</strong>:{" "}
          <span className="version-old wrap">{cut(show(field, change.from))}</span>{" "}
          <span aria-hidden="true">→</span>
          <span className="visually-hidden"> {t("planWork.changedTo")} </span>{" "}
          <span className="version-new wrap">{cut(show(field, change.to))}</span>
        </li>
      ))}
    </ul>
  );
}
