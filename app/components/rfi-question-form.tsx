import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button, Heading } from "suomifi-ui-components";
import type { TextByLanguage } from "../lib/pick-translation.ts";
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

const textLabels: Record<string, string> = {
  "title.fi": "rfi.fields.titleFi",
  "title.sv": "rfi.fields.titleSv",
  "title.en": "rfi.fields.titleEn",
  "intro.fi": "rfi.fields.introFi",
  "intro.sv": "rfi.fields.introSv",
  "intro.en": "rfi.fields.introEn",
};
const textId = (path: string) => `rfi-texts-${path.replace(".", "-")}`;

/** A draft's title and introduction, editable until it is opened. */
export function RfiTextsForm({
  errors,
  values,
  rfi,
  busy,
}: {
  errors: Record<string, string>;
  values: Record<string, string> | null;
  rfi: { title: TextByLanguage; intro: TextByLanguage };
  busy: boolean;
}) {
  const { t } = useTranslation();
  const shownText = (group: "title" | "intro", lang: "fi" | "sv" | "en") =>
    values ? values[`${group}.${lang}`] : rfi[group][lang];
  return (
    <details open={Object.keys(errors).length > 0}>
      <summary>{t("rfi.textsTitle")}</summary>
      <Form method="post" className="form-stack" noValidate>
        <ErrorSummary
          id="rfi-texts-errors"
          errors={errors}
          idOf={textId}
          labelOf={(path) => (textLabels[path] ? t(textLabels[path]) : undefined)}
        />
        {(["title", "intro"] as const).flatMap((group) =>
          (["fi", "sv", "en"] as const).map((lang) => (
            <TextField
              key={`${group}.${lang}`}
              multiline={group === "intro"}
              id={textId(`${group}.${lang}`)}
              name={`${group}.${lang}`}
              label={t(textLabels[`${group}.${lang}`] ?? "")}
              hint={lang === "fi" && group === "title" ? t("rfi.hints.language") : undefined}
              error={errors[`${group}.${lang}`]}
              defaultValue={shownText(group, lang)}
              maxLength={group === "title" ? 200 : 4000}
            />
          )),
        )}
        <div>
          <Button
            type="submit"
            name="intent"
            value="texts"
            id="rfi-save-texts"
            variant="secondary"
            disabled={busy}
          >
            {t("rfi.saveTexts")}
          </Button>
        </div>
      </Form>
    </details>
  );
}
