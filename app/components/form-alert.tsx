import { useTranslation } from "react-i18next";
import { InlineAlert } from "suomifi-ui-components";

/** A message above a form (an error for the whole form, or a confirmation), announced to screen readers. */
export function FormAlert({
  message,
  status = "error",
}: {
  message?: string;
  status?: "error" | "neutral" | "warning";
}) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <InlineAlert status={status} className="form-alert">
      {t(message)}
    </InlineAlert>
  );
}
