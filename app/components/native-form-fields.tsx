import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * Moves focus (and the view) to a form's error summary whenever a submission comes back with errors,
 * as the GOV.UK and Suomi.fi patterns do: otherwise a person who submitted at the bottom of a long form
 * stays there, not seeing what went wrong. Returns the ref for the summary element (tabIndex -1).
 */
export function useFocusOnErrors(errors: Record<string, string>) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = Object.entries(errors).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  return ref;
}

/**
 * The list of a form's errors above it, each linking to its field (`#${idOf(path)}`); announced to
 * screen readers. Renders nothing without errors.
 */
export function ErrorSummary({
  id,
  errors,
  idOf,
  labelOf,
}: {
  id: string;
  errors: Record<string, string>;
  idOf: (path: string) => string;
  /** The field's label, shown before its error ("Title: This is required."); none for form-wide errors. */
  labelOf?: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const ref = useFocusOnErrors(errors);
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby={`${id}-title`} tabIndex={-1} ref={ref}>
      <h2 id={`${id}-title`}>{t("validation.errorSummary")}</h2>
      <ul>
        {entries.map(([path, error]) => (
          <li key={path}>
            <a href={`#${idOf(path)}`}>
              {labelOf?.(path) ? `${labelOf(path)}: ` : null}
              {t(error)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A labelled native text field (an <input>, or a <textarea> when `multiline`) with its hint and
 * error, wired for screen readers: works without JavaScript.
 */
export function TextField({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  maxLength,
  type = "text",
  multiline = false,
  rows = 5,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  defaultValue?: string | undefined;
  maxLength?: number;
  type?: "text" | "email" | "tel" | "url" | "datetime-local";
  multiline?: boolean;
  rows?: number;
}) {
  const { t } = useTranslation();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const common = {
    id,
    name,
    maxLength,
    defaultValue,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described || undefined,
  };
  return (
    <div className="native-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {multiline ? <textarea rows={rows} {...common} /> : <input type={type} {...common} />}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {t(error)}
        </span>
      ) : null}
    </div>
  );
}

/** One labelled native checkbox ("on" when no value is given). */
export function CheckboxField({
  id,
  name,
  value = "on",
  label,
  checked,
}: {
  id: string;
  name: string;
  value?: string;
  label: string;
  checked: boolean;
}) {
  return (
    <div className="check-field">
      <input type="checkbox" id={id} name={name} value={value} defaultChecked={checked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A fieldset of radio buttons with a legend and the group's error. */
export function RadioGroup({
  id,
  name,
  legend,
  options,
  value,
  error,
}: {
  id: string;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="check-group" id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <div className="check-field" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={name}
            value={option.value}
            defaultChecked={value === option.value}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {t(error)}
        </span>
      ) : null}
    </fieldset>
  );
}
