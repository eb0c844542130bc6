import { useTranslation } from "react-i18next";
import type { Locale } from "../i18n/locales.ts";
import { pickText, type TextByLanguage } from "../lib/pick-translation.ts";
import {
  answerField,
  type RfiAnswerValue,
  type RfiQuestionKind,
  secretField,
} from "../modules/dialogue/index.ts";
import { attachmentAccept } from "../modules/plans/index.ts";
import { CheckboxField, RadioGroup, TextField } from "./native-form-fields.tsx";

// One question of a request as a company answers it: the field by the question's kind (native inputs,
// no JavaScript needed) and the business-secret checkbox.

type Question = {
  id: string;
  kind: RfiQuestionKind;
  text: TextByLanguage;
  options: TextByLanguage[];
  required: boolean;
};
type Saved = { value: RfiAnswerValue; isBusinessSecret: boolean; file: { name: string } | null };

/** The posted values of the form that came back with errors, or the saved answer as the same strings. */
export function savedValues(saved: Saved | undefined): string[] {
  const value = saved?.value;
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "boolean") return [value ? "yes" : "no"];
  return [String(value)];
}

export function RfiAnswerField({
  question,
  number,
  locale,
  values,
  isSecret,
  savedFile,
  fileUrl,
  error,
}: {
  question: Question;
  number: number;
  locale: Locale;
  values: string[];
  isSecret: boolean;
  savedFile: { name: string } | null;
  fileUrl: string;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const name = answerField(question.id);
  const label = `${number}. ${pickText(question.text, locale)}${question.required ? ` (${t("rfi.requiredMark")})` : ""}`;
  const options = question.options.map((option, index) => ({
    value: String(index),
    label: pickText(option, locale),
  }));
  let field: React.ReactNode;
  switch (question.kind) {
    case "short-text":
    case "long-text":
    case "number":
      field = (
        <TextField
          id={name}
          name={name}
          label={label}
          multiline={question.kind === "long-text"}
          hint={question.kind === "number" ? t("rfi.hints.number") : undefined}
          maxLength={question.kind === "short-text" ? 500 : question.kind === "number" ? 30 : 8000}
          defaultValue={values[0]}
          error={error}
        />
      );
      break;
    case "yes-no":
    case "single-choice":
      field = (
        <RadioGroup
          id={name}
          name={name}
          legend={label}
          options={
            question.kind === "yes-no"
              ? [
                  { value: "yes", label: t("rfi.yes") },
                  { value: "no", label: t("rfi.no") },
                ]
              : options
          }
          value={values[0]}
          error={error}
        />
      );
      break;
    case "multiple-choice":
      field = (
        <fieldset className="check-group" id={name} aria-describedby={error ? `${name}-error` : undefined}>
          <legend>{label}</legend>
          {options.map((option) => (
            <CheckboxField
              key={option.value}
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              label={option.label}
              checked={values.includes(option.value)}
            />
          ))}
          {error ? (
            <span id={`${name}-error`} className="field-error">
              {t(error)}
            </span>
          ) : null}
        </fieldset>
      );
      break;
    case "file":
      field = (
        <div className="native-field">
          <label htmlFor={name}>{label}</label>
          <span id={`${name}-hint`} className="field-hint">
            {t("rfi.hints.file")}
            {savedFile ? (
              <>
                {" "}
                {t("rfi.currentFile")}{" "}
                <a href={fileUrl} download>
                  {savedFile.name}
                </a>
              </>
            ) : null}
          </span>
          <input
            type="file"
            id={name}
            name={name}
            accept={attachmentAccept}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${name}-hint`, error ? `${name}-error` : null].filter(Boolean).join(" ")}
          />
          {error ? (
            <span id={`${name}-error`} className="field-error">
              {t(error)}
            </span>
          ) : null}
        </div>
      );
      break;
    default: {
      const unknownKind: never = question.kind;
      field = String(unknownKind);
    }
  }
  return (
    <div className="rfi-answer">
      {field}
      <CheckboxField
        id={secretField(question.id)}
        name={secretField(question.id)}
        label={t("rfi.fields.businessSecret")}
        checked={isSecret}
      />
    </div>
  );
}
