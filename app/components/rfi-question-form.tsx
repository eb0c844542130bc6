import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button, Heading } from "suomifi-ui-components";
import { rfiQuestionKinds } from "../modules/dialogue/index.ts";
import { CheckboxField, ErrorSummary, TextField } from "./native-form-fields.tsx";

const idOf = (path: string) => `rfi-question-${path.replace(".", "-")}`;

const labels: Record<string, string> = {
  kind: "rfi.fields.kind",
  "text.fi": "rfi.fields.questionFi",
  "text.sv": "rfi.fields.questionSv",
  "text.en": "rfi.fields.questionEn",
  "options.fi": "rfi.fields.optionsFi",
  "options.sv": "rfi.fields.optionsSv",
  "options.en": "rfi.fields.optionsEn",
};

/** The draft builder's "add question" form; works without JavaScript (options are ignored for other kinds). */
export function RfiQuestionForm({
  errors,
  values,
  busy,
}: {
  errors: Record<string, string>;
  values: Record<string, string>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="form-stack" noValidate aria-labelledby="rfi-question-new-title">
      <Heading variant="h3" id="rfi-question-new-title" mt="m" mb="s">
        {t("rfi.addQuestionTitle")}
      </Heading>
      <ErrorSummary
        id="rfi-question-errors"
        errors={errors}
        idOf={idOf}
        labelOf={(path) => (labels[path] ? t(labels[path]) : undefined)}
      />
      <div className="native-field">
        <label htmlFor={idOf("kind")}>{t("rfi.fields.kind")}</label>
        <select id={idOf("kind")} name="kind" defaultValue={values.kind ?? "long-text"}>
          {rfiQuestionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`rfi.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {(["fi", "sv", "en"] as const).map((lang) => (
        <TextField
          key={lang}
          multiline
          rows={3}
          id={idOf(`text.${lang}`)}
          name={`text.${lang}`}
          label={t(labels[`text.${lang}`] ?? "")}
          hint={lang === "fi" ? t("rfi.hints.language") : undefined}
          error={errors[`text.${lang}`]}
          defaultValue={values[`text.${lang}`]}
        />
      ))}
      {(["fi", "sv", "en"] as const).map((lang) => (
        <TextField
          key={lang}
          multiline
          rows={4}
          id={idOf(`options.${lang}`)}
          name={`options.${lang}`}
          label={t(labels[`options.${lang}`] ?? "")}
          hint={lang === "fi" ? t("rfi.hints.options") : undefined}
          error={errors[`options.${lang}`]}
          defaultValue={values[`options.${lang}`]}
        />
      ))}
      <CheckboxField
        id={idOf("required")}
        name="required"
        label={t("rfi.fields.required")}
        checked={values.required === "on"}
      />
      <div>
        <Button type="submit" name="intent" value="add-question" id="rfi-add-question" disabled={busy}>
          {t("rfi.addQuestion")}
        </Button>
      </div>
    </Form>
  );
}
