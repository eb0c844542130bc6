import { useTranslation } from "react-i18next";
import { TextInput } from "suomifi-ui-components";

type Props = {
  id: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel" | "url";
  autoComplete?: string;
  defaultValue?: string;
  hintText?: string;
  /** The catalogue key of the problem with this field, from the action. */
  error?: string;
};

/** A Suomi.fi text input with an explicit id and the field's translated error shown under it. */
export function FormTextField({
  id,
  name,
  label,
  type = "text",
  autoComplete,
  defaultValue,
  hintText,
  error,
}: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      id={id}
      name={name}
      type={type}
      labelText={label}
      autoComplete={autoComplete}
      defaultValue={defaultValue}
      hintText={hintText}
      status={error ? "error" : "default"}
      statusText={error ? t(error) : undefined}
      fullWidth
    />
  );
}
