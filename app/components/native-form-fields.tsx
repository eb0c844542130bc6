import { useTranslation } from "react-i18next";

/**
 * The list of a form's errors above it, each linking to its field (`#${idOf(path)}`); announced to
 * screen readers. Renders nothing without errors.
 */
export function ErrorSummary({
  id,
  errors,
  idOf,
}: {
  id: string;
  errors: Record<string, string>;
  idOf: (path: string) => string;
}) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("interest.errorSummary")}</h2>
      <ul>
        {entries.map(([path, error]) => (
          <li key={path}>
            <a href={`#${idOf(path)}`}>{t(error)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A labelled native <textarea> with its hint and error (works without JavaScript). */
export function TextAreaField({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  maxLength,
  rows = 5,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  defaultValue?: string | undefined;
  maxLength?: number;
  rows?: number;
}) {
  const { t } = useTranslation();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="native-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {t(error)}
        </span>
      ) : null}
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
