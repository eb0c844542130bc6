import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button } from "suomifi-ui-components";
import { contactKinds } from "../modules/dialogue/index.ts";
import { CheckboxField, ErrorSummary, RadioGroup, TextField } from "./native-form-fields.tsx";
import { NativeSelect } from "./native-select.tsx";

const idOf = (path: string) => `contact-${path}`;

/**
 * The contact register's form (new and edit): a plain form posted to the page's action, so it works
 * without JavaScript. `values` are the form's strings (a refill after an error, or the saved contact).
 */
export function ContactForm({
  values,
  errors,
  companies,
  submitLabel,
  busy,
}: {
  values: Record<string, string>;
  errors: Record<string, string>;
  companies: { id: string; name: string }[];
  submitLabel: string;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const text = (name: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={idOf(name)}
      name={name}
      label={t(`record.fields.${name}`)}
      error={errors[name]}
      defaultValue={values[name]}
      {...extra}
    />
  );
  return (
    <Form method="post" className="form-stack" noValidate aria-labelledby="contact-form-title">
      <ErrorSummary
        id="contact-errors"
        errors={errors}
        idOf={(path) => (path === "kind" ? "contact-kind-meeting" : idOf(path))}
        labelOf={(path) => t(`record.fields.${path}`, { defaultValue: "" }) || undefined}
      />
      <RadioGroup
        id="contact-kind"
        name="kind"
        legend={t("record.fields.kind")}
        options={contactKinds.map((kind) => ({ value: kind, label: t(`record.kinds.${kind}`) }))}
        value={values.kind ?? "meeting"}
        error={errors.kind}
      />
      {text("occurredAt", { type: "datetime-local", hint: t("record.hints.occurredAt") })}
      <NativeSelect
        id={idOf("organisationId")}
        name="organisationId"
        label={t("record.fields.organisationId")}
        hint={t("record.hints.organisationId")}
        options={[
          { value: "", label: t("record.notOnPlatform") },
          ...companies.map((company) => ({ value: company.id, label: company.name })),
        ]}
        defaultValue={values.organisationId ?? ""}
        error={errors.organisationId}
      />
      {text("organisationName", { hint: t("record.hints.organisationName"), maxLength: 200 })}
      {text("ourParticipants", { multiline: true, rows: 2 })}
      {text("theirParticipants", { multiline: true, rows: 2 })}
      {text("sharedMaterial", { multiline: true, hint: t("record.hints.sharedMaterial") })}
      <CheckboxField
        id={idOf("isSharedMaterialPublic")}
        name="isSharedMaterialPublic"
        label={t("record.fields.isSharedMaterialPublic")}
        checked={values.isSharedMaterialPublic === "on" || values.isSharedMaterialPublic === "true"}
      />
      {text("conflictOfInterest", { multiline: true, rows: 3, hint: t("record.hints.conflictOfInterest") })}
      {text("publicSummary", { hint: t("record.hints.publicSummary"), maxLength: 300 })}
      <div>
        <Button type="submit" id="contact-submit" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
