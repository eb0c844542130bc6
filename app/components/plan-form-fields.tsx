import { useTranslation } from "react-i18next";
import { type PlanFormValues, planFieldLabels } from "../modules/plans/index.ts";
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

type InputProps = {
  path: string;
  label: string;
  values: PlanFormValues;
  error?: string;
  hint?: string;
  type?: "text" | "date" | "email" | "tel";
  inputMode?: "numeric";
  multiline?: boolean;
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
}: InputProps) {
  const { t } = useTranslation();
  const id = fieldId(path);
  const common = {
    id,
    name: path,
    defaultValue: textOf(values, path),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
  };
  return (
    <div className="native-field">
      <label htmlFor={id}>{label}</label>
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
          {t(error)}
        </span>
      ) : null}
    </div>
  );
}

/** A field written in Finnish (required) and optionally Swedish and English. */
export function TranslatedInputs({
  path,
  labelKey,
  values,
  errors,
  multiline,
}: {
  path: string;
  labelKey: string;
  values: PlanFormValues;
  errors: Record<string, string>;
  multiline?: boolean;
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
        />
      ))}
    </>
  );
}

/** The plan form's checkboxes are the shared native ones. */
export { CheckboxField as CheckField } from "./native-form-fields.tsx";

/** The first error of a group of fields (`sustainability.2` → shown at the sustainability group). */
export function groupError(errors: Record<string, string>, path: string): string | undefined {
  return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

/** The label of a field path for the error summary, e.g. "Lot 2: Lot title in Swedish". */
export function usePathLabel() {
  const { t } = useTranslation();
  return (path: string) => {
    const parts = path.split(".");
    const [field = "", second, third, fourth] = parts;
    if (field === "lots" && second !== undefined && /^\d+$/.test(second)) {
      const base = third === "estimatedValueEur" ? t("workspace.lotValue") : t("workspace.lotTitle");
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
  anchorOf,
}: {
  errors: Record<string, string>;
  anchorOf: (path: string) => string;
}) {
  const { t } = useTranslation();
  const labelOf = usePathLabel();
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
              {labelOf(path)}: {t(error)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
