import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import {
  describePlanError,
  type OfficialLanguages,
  type PlanFormValues,
  planFieldLabels,
} from "../modules/plans/index.ts";
import { useFocusOnErrors } from "./native-form-fields.tsx";

export const formLanguages = ["fi", "sv", "en"] as const;

/** The id of a plan form field from its path (`lots.0.title.fi` → `plan-lots-0-title-fi`). */
export const fieldId = (path: string) => `plan-${path.replace(/[^\w]+/g, "-")}`;

export function textOf(values: PlanFormValues, key: string): string {
  const value = values[key];
  return typeof value === "string" ? value : "";
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * The text of a field's error, naming its limit or the value typed (issue 12 point 13): numbers in the
 * page language's format ("5 000", "5,000").
 */
export function usePlanErrorText(values: PlanFormValues) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "fi";
  return (path: string, error: string) => {
    const message = describePlanError(path, error, values);
    const shown = Object.fromEntries(
      Object.entries(message.values ?? {}).map(([name, value]) => [
        name,
        typeof value === "number" ? formatNumber(locale, value) : value,
      ]),
    );
    return t(message.key, shown);
  };
}

type InputProps = {
  path: string;
  label: string;
  values: PlanFormValues;
  error?: string;
  hint?: string;
  type?: "text" | "date" | "email" | "tel";
  inputMode?: "numeric";
  multiline?: boolean;
  /** Marks the label "(required)" and the field aria-required. */
  required?: boolean;
  /** The path the error is about when it is not the field's own (one code of a list: `additionalCpv.2`). */
  errorPath?: string;
};

/** A labelled native input or textarea with its hint and translated error; works without JavaScript. */
export function PlanInput({
  path,
  label,
  values,
  error,
  hint,
  type = "text",
  inputMode,
  multiline,
  required,
  errorPath,
}: InputProps) {
  const { t } = useTranslation();
  const errorText = usePlanErrorText(values);
  const id = fieldId(path);
  const common = {
    id,
    name: path,
    defaultValue: textOf(values, path),
    "aria-invalid": error ? true : undefined,
    "aria-required": required ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
  };
  return (
    <div className="native-field">
      <label htmlFor={id}>{required ? t("planForm.required", { field: label }) : label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {multiline ? (
        <textarea rows={4} {...common} />
      ) : (
        <input type={type} inputMode={inputMode} {...common} />
      )}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {errorText(errorPath ?? path, error)}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A field written per language. `required` are the organisation's official languages: with one, that
 * language's field is marked required; with both, either will do (the section's hint says so).
 */
export function TranslatedInputs({
  path,
  labelKey,
  values,
  errors,
  multiline,
  required,
}: {
  path: string;
  labelKey: string;
  values: PlanFormValues;
  errors: Record<string, string>;
  multiline?: boolean;
  required?: OfficialLanguages;
}) {
  const { t } = useTranslation();
  return (
    <>
      {formLanguages.map((lang) => (
        <PlanInput
          key={lang}
          path={`${path}.${lang}`}
          label={t(`workspace.inLanguage.${lang}`, { field: t(labelKey) })}
          values={values}
          error={errors[`${path}.${lang}`] ?? (lang === "fi" ? errors[path] : undefined)}
          multiline={multiline}
          required={required?.length === 1 && required[0] === lang}
        />
      ))}
    </>
  );
}

/**
 * One part of the plan form, collapsible without JavaScript (`<details>`): the closed parts keep
 * their fields out of the Tab order, so the save button is a few presses away (issue 12 point 13).
 */
export function FormSection({
  id,
  title,
  open,
  children,
}: {
  id: string;
  title: string;
  open: boolean;
  children: ReactNode;
}) {
  return (
    <details id={id} className="form-section" open={open}>
      <summary>
        <h2 id={`${id}-title`}>{title}</h2>
      </summary>
      <div className="form-section-body">{children}</div>
    </details>
  );
}

/** The plan form's checkboxes are the shared native ones. */
export { CheckboxField as CheckField } from "./native-form-fields.tsx";

/** The first error of a group of fields (`sustainability.2` → shown at the sustainability group). */
export function groupError(errors: Record<string, string>, path: string): [string, string] | undefined {
  if (errors[path]) return [path, errors[path]];
  return Object.entries(errors).find(([key]) => key.startsWith(`${path}.`));
}

/** The label of a field path for the error summary, e.g. "Lot 2: Lot title in Swedish". */
export function usePathLabel() {
  const { t } = useTranslation();
  return (path: string) => {
    const parts = path.split(".");
    const [field = "", second, third, fourth] = parts;
    if (field === "lots" && second !== undefined && /^\d+$/.test(second)) {
      const base =
        third === "estimatedValueEur"
          ? t("workspace.lotValue")
          : third === "description"
            ? t("workspace.lotDescription")
            : third === "mainCpv"
              ? t("workspace.lotCpv")
              : t("workspace.lotTitle");
      const label =
        fourth === "fi" || fourth === "sv" || fourth === "en"
          ? t(`workspace.inLanguage.${fourth}`, { field: base })
          : base;
      return `${t("workspace.lotRow", { number: Number(second) + 1 })}: ${label}`;
    }
    const key = planFieldLabels[field as keyof typeof planFieldLabels];
    const base = key ? t(key) : field;
    return second === "fi" || second === "sv" || second === "en"
      ? t(`workspace.inLanguage.${second}`, { field: base })
      : base;
  };
}

/** Links to every field with a problem, at the top of the form. */
export function ErrorSummary({
  errors,
  values,
  anchorOf,
}: {
  errors: Record<string, string>;
  values: PlanFormValues;
  anchorOf: (path: string) => string;
}) {
  const { t } = useTranslation();
  const labelOf = usePathLabel();
  const errorText = usePlanErrorText(values);
  const ref = useFocusOnErrors(errors);
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="plan-error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="plan-error-summary-title">{t("workspace.errorSummary")}</h2>
      <ul>
        {entries.map(([path, error]) => (
          <li key={path}>
            <a href={`#${anchorOf(path)}`}>
              {labelOf(path)}: {errorText(path, error)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
