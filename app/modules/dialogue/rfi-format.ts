import type { Locale } from "../../i18n/locales.ts";
import { pickText, type TextByLanguage } from "../../lib/pick-translation.ts";
import type { RfiAnswerValue, RfiQuestionKind } from "./rfi-schemas.ts";

// An answer as text for people (the buyer's pages, the company's page, the XLSX export), browser-safe.

type Translate = (key: "rfi.yes" | "rfi.no") => string;

/**
 * The answer's value in the reader's language: a choice by its option's text, yes/no in words, a
 * number as Finnish, Swedish or English write it, a file by its name; "" when unanswered.
 * @example rfiAnswerText({ kind: "yes-no", options: [] }, { value: true, file: null }, "fi", t) // "Kyllä"
 */
export function rfiAnswerText(
  question: { kind: RfiQuestionKind; options: TextByLanguage[] },
  answer: { value: RfiAnswerValue; file?: { name: string } | null } | undefined,
  locale: Locale,
  t: Translate,
): string {
  if (!answer) return "";
  const value = answer.value;
  const option = (index: number) => pickText(question.options[index], locale);
  switch (question.kind) {
    case "file":
      return answer.file?.name ?? "";
    case "yes-no":
      return value === true ? t("rfi.yes") : value === false ? t("rfi.no") : "";
    case "number":
      return typeof value === "number" ? new Intl.NumberFormat(`${locale}-FI`).format(value) : "";
    case "single-choice":
      return typeof value === "number" ? option(value) : "";
    case "multiple-choice":
      return Array.isArray(value) ? value.map(option).join("; ") : "";
    case "short-text":
    case "long-text":
      return typeof value === "string" ? value : "";
    default: {
      const unknownKind: never = question.kind;
      return String(unknownKind);
    }
  }
}
