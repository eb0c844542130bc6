import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button } from "suomifi-ui-components";
import { CheckboxField, TextField } from "./native-form-fields.tsx";

// The buyer's forms for one section of a draft being prepared: its heading and text per language, and
// buttons to move it or remove it (with a ticked confirmation). Plain forms: they work without JavaScript.

type Texts = { fi?: string; sv?: string; en?: string };
export type SectionFormState = {
  intent?: string;
  sectionId?: string;
  errors: Record<string, string>;
  values: Record<string, string>;
};

const languages = ["fi", "sv", "en"] as const;
const headingLabels = {
  fi: "drafts.fields.headingFi",
  sv: "drafts.fields.headingSv",
  en: "drafts.fields.headingEn",
};
const bodyLabels = { fi: "drafts.fields.bodyFi", sv: "drafts.fields.bodySv", en: "drafts.fields.bodyEn" };

/** The heading and text fields of a section, prefilled from `section` or the posted values. */
export function DraftSectionFields({
  prefix,
  section,
  state,
}: {
  prefix: string;
  section?: { heading: Texts; body: Texts };
  state: SectionFormState;
}) {
  const { t } = useTranslation();
  // The posted values and errors belong to these fields: the new-section form, or this section's edit.
  const own = section
    ? state.intent === "edit-section" && state.values.sectionId === prefix
    : state.intent === "add-section";
  const value = (name: string, fallback?: string) =>
    own && state.values[name] !== undefined ? state.values[name] : fallback;
  return (
    <>
      {languages.map((lang) => (
        <TextField
          key={`heading-${lang}`}
          id={`${prefix}-heading-${lang}`}
          name={`heading.${lang}`}
          label={t(headingLabels[lang])}
          hint={lang === "fi" ? t("drafts.hints.language") : undefined}
          maxLength={300}
          error={own ? state.errors[`heading.${lang}`] : undefined}
          defaultValue={value(`heading.${lang}`, section?.heading[lang])}
        />
      ))}
      {languages.map((lang) => (
        <TextField
          key={`body-${lang}`}
          multiline
          id={`${prefix}-body-${lang}`}
          name={`body.${lang}`}
          label={t(bodyLabels[lang])}
          hint={lang === "fi" ? t("drafts.hints.body") : undefined}
          error={own ? state.errors[`body.${lang}`] : undefined}
          defaultValue={value(`body.${lang}`, section?.body[lang])}
        />
      ))}
    </>
  );
}

/** Edit, move and remove forms of one section of a draft being prepared. */
export function DraftSectionEditor({
  section,
  number,
  isFirst,
  isLast,
  state,
  busy,
}: {
  section: { id: string; heading: Texts; body: Texts };
  number: number;
  isFirst: boolean;
  isLast: boolean;
  state: SectionFormState;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const mine = state.values.sectionId === section.id;
  return (
    <div className="form-stack">
      <div className="inline-forms">
        {isFirst ? null : (
          <Form method="post" className="inline-form">
            <input type="hidden" name="sectionId" value={section.id} />
            <input type="hidden" name="direction" value="up" />
            <Button
              type="submit"
              name="intent"
              value="move-section"
              variant="secondary"
              id={`draft-up-${section.id}`}
              disabled={busy}
            >
              {t("drafts.moveUp", { number })}
            </Button>
          </Form>
        )}
        {isLast ? null : (
          <Form method="post" className="inline-form">
            <input type="hidden" name="sectionId" value={section.id} />
            <input type="hidden" name="direction" value="down" />
            <Button
              type="submit"
              name="intent"
              value="move-section"
              variant="secondary"
              id={`draft-down-${section.id}`}
              disabled={busy}
            >
              {t("drafts.moveDown", { number })}
            </Button>
          </Form>
        )}
      </div>
      <details open={mine && state.intent === "edit-section"}>
        <summary>{t("drafts.editSection", { number })}</summary>
        <Form method="post" className="form-stack" noValidate>
          <input type="hidden" name="sectionId" value={section.id} />
          <DraftSectionFields prefix={section.id} section={section} state={state} />
          <div>
            <Button
              type="submit"
              name="intent"
              value="edit-section"
              id={`draft-save-${section.id}`}
              disabled={busy}
            >
              {t("drafts.saveSection")}
            </Button>
          </div>
        </Form>
        <Form method="post" className="form-stack danger-zone" noValidate>
          <input type="hidden" name="sectionId" value={section.id} />
          <CheckboxField
            id={`draft-remove-confirm-${section.id}`}
            name="confirm"
            label={t("drafts.fields.confirmRemove")}
            checked={false}
          />
          {mine && state.intent === "remove-section" && state.errors.confirm ? (
            <span className="field-error" id={`draft-remove-confirm-${section.id}-error`}>
              {t(state.errors.confirm)}
            </span>
          ) : null}
          <div>
            <Button
              type="submit"
              name="intent"
              value="remove-section"
              variant="secondary"
              id={`draft-remove-${section.id}`}
              disabled={busy}
            >
              {t("drafts.removeSection", { number })}
            </Button>
          </div>
        </Form>
      </details>
    </div>
  );
}
