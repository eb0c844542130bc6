import { useTranslation } from "react-i18next";

type Props = {
  id: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  hint?: string;
  /** Progressive enhancement only: the form must work the same without it. */
  onChange?: (event: React.ChangeEvent<HTMLSelectElement>) => void;
};

/** A labelled native <select>: works without JavaScript and with every screen reader. */
export function NativeSelect({ id, name, label, options, defaultValue, error, hint, onChange }: Props) {
  const { t } = useTranslation();
  const described =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="native-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={onChange}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {t(error)}
        </span>
      ) : null}
    </div>
  );
}
