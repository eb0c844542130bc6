import { type FormEvent, Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Form, useNavigation } from "react-router";
import { Button } from "suomifi-ui-components";
import { formatFileSize } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { attachmentAccept } from "../modules/plans/index.ts";
import type { RecipientGroup } from "../modules/presentations/index.server.ts";
import {
  maxPresentationAttachments,
  maxPresentationCpvCodes,
  maxPresentationFileBytes,
  maxPresentationFilesTotalBytes,
  maxRecipients,
  type PresentationFormValues,
  presentationLanguages,
} from "../modules/presentations/index.ts";
import type { PickerOption } from "../modules/reference-data/index.ts";
import { CodePicker, PickerDefaultButton, type PickerSearch } from "./code-picker.tsx";
import { ErrorSummary, TextField } from "./native-form-fields.tsx";
import { NativeSelect } from "./native-select.tsx";

const id = (path: string) => `presentation-${path.replace(/[^\w]+/g, "-")}`;
const textOf = (values: PresentationFormValues, key: string) => {
  const value = values[key];
  return typeof value === "string" ? value : "";
};

/** The fields whose label the error summary names. */
const presentationFields = new Set([
  "title",
  "offering",
  "needs",
  "cpv",
  "recipients",
  "planId",
  "language",
  "files",
]);

/** Where an error's link in the summary leads. */
function anchorOf(path: string): string {
  if (path.startsWith("cpv")) return id("cpv");
  if (path === "recipients") return id("recipients-legend");
  if (path === "form") return id("title");
  return id(path);
}

/** A text field of the form. */
function Field({
  path,
  label,
  hint,
  values,
  errors,
  multiline,
}: {
  path: string;
  label: string;
  hint?: string;
  values: PresentationFormValues;
  errors: Record<string, string>;
  multiline?: boolean;
}) {
  const error = errors[path];
  return (
    <TextField
      id={id(path)}
      name={path}
      label={label}
      hint={hint}
      error={error}
      defaultValue={textOf(values, path)}
      {...(multiline ? { multiline, rows: 6 } : {})}
    />
  );
}

/**
 * The new-presentation form (multipart, works without JavaScript; with it, files over the limits are
 * refused before sending). The server checks everything again.
 */
export function PresentationForm({
  locale,
  values,
  errors,
  recipients,
  picked,
  search,
}: {
  locale: Locale;
  values: PresentationFormValues;
  errors: Record<string, string>;
  recipients: RecipientGroup[];
  /** The CPV codes picked so far, with names. */
  picked: PickerOption[];
  /** The picker's search without JavaScript, as the action answered it. */
  search?: PickerSearch | undefined;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const [clientError, setClientError] = useState<string | undefined>();
  const chosen = new Set(Array.isArray(values.recipients) ? values.recipients : []);
  // Hundreds of contracting authorities in all of Finland: past 30, regions open only when chosen in.
  const collapseGroups = recipients.reduce((sum, group) => sum + group.options.length, 0) > 30;
  const allErrors = clientError ? { ...errors, files: clientError } : errors;
  const max = formatFileSize(locale, maxPresentationFileBytes);
  const total = formatFileSize(locale, maxPresentationFilesTotalBytes);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("files");
    if (!(input instanceof HTMLInputElement)) return;
    const files = [...(input.files ?? [])];
    const sum = files.reduce((acc, file) => acc + file.size, 0);
    const problem =
      files.length > maxPresentationAttachments
        ? "presentations.errors.tooManyFiles"
        : files.some((file) => file.size > maxPresentationFileBytes)
          ? "presentations.errors.fileTooLarge"
          : sum > maxPresentationFilesTotalBytes
            ? "presentations.errors.filesTooLarge"
            : undefined;
    setClientError(problem);
    if (problem) {
      event.preventDefault();
      input.focus();
    }
  };
  const filesError = allErrors.files;
  return (
    <Form method="post" encType="multipart/form-data" className="form-stack" noValidate onSubmit={onSubmit}>
      <PickerDefaultButton />
      <ErrorSummary
        id="presentation-errors"
        errors={allErrors}
        idOf={anchorOf}
        labelOf={(path) => {
          const field = path.split(".")[0] ?? path;
          return presentationFields.has(field) ? t(`presentations.fields.${field}`) : undefined;
        }}
      />
      <Field
        path="title"
        label={t("presentations.fields.title")}
        hint={t("presentations.fields.titleHint")}
        values={values}
        errors={errors}
      />
      <Field
        path="offering"
        label={t("presentations.fields.offering")}
        hint={t("presentations.fields.offeringHint")}
        values={values}
        errors={errors}
        multiline
      />
      <Field
        path="needs"
        label={t("presentations.fields.needs")}
        hint={t("presentations.fields.needsHint")}
        values={values}
        errors={errors}
        multiline
      />
      <CodePicker
        id={id("cpv")}
        name="cpv"
        kind="cpv"
        label={t("presentations.fields.cpv")}
        hint={t("presentations.fields.cpvHint", { max: maxPresentationCpvCodes })}
        picked={picked}
        search={search}
        error={errors.cpv ?? Object.entries(errors).find(([key]) => key.startsWith("cpv."))?.[1]}
      />
      <fieldset className="check-group" aria-describedby={`${id("recipients")}-hint`}>
        <legend id={id("recipients-legend")}>{t("presentations.fields.recipients")}</legend>
        <span id={`${id("recipients")}-hint`} className="field-hint">
          {t("presentations.fields.recipientsHint", { count: maxRecipients })}
        </span>
        {recipients.map((group) => {
          const checks = group.options.map((organisation) => (
            <div className="check-field" key={organisation.id}>
              <input
                type="checkbox"
                id={id(`recipients-${organisation.id}`)}
                name="recipients"
                value={organisation.id}
                defaultChecked={chosen.has(organisation.id)}
              />
              <label htmlFor={id(`recipients-${organisation.id}`)}>{organisation.name}</label>
            </div>
          ));
          if (recipients.length === 1) return <Fragment key="all">{checks}</Fragment>;
          const chosenHere = group.options.filter((organisation) => chosen.has(organisation.id)).length;
          return (
            <details
              key={group.region ?? "other"}
              className="recipient-group"
              open={!collapseGroups || chosenHere > 0}
            >
              <summary>
                {group.name ?? t("presentations.fields.recipientsOther")} ({group.options.length})
                {chosenHere > 0
                  ? `, ${t("presentations.fields.recipientsChosen", { count: chosenHere })}`
                  : null}
              </summary>
              {checks}
            </details>
          );
        })}
        {errors.recipients ? <span className="field-error">{t(errors.recipients)}</span> : null}
      </fieldset>
      <Field
        path="planId"
        label={t("presentations.fields.planId")}
        hint={t("presentations.fields.planIdHint")}
        values={values}
        errors={errors}
      />
      <NativeSelect
        id={id("language")}
        name="language"
        label={t("presentations.fields.language")}
        defaultValue={textOf(values, "language") || locale}
        error={errors.language}
        options={presentationLanguages.map((language) => ({
          value: language,
          label: t(`presentations.languages.${language}`),
        }))}
      />
      <div className="native-field">
        <label htmlFor={id("files")}>{t("presentations.fields.files")}</label>
        <span id={`${id("files")}-hint`} className="field-hint">
          {t("presentations.fields.filesHint", { count: maxPresentationAttachments, max, total })}
        </span>
        <input
          id={id("files")}
          name="files"
          type="file"
          multiple
          accept={attachmentAccept}
          aria-invalid={filesError ? true : undefined}
          aria-describedby={[`${id("files")}-hint`, filesError ? `${id("files")}-error` : null]
            .filter(Boolean)
            .join(" ")}
        />
        {filesError ? (
          <span id={`${id("files")}-error`} className="field-error">
            {t(filesError, { max: formatFileSize(locale, maxPresentationFileBytes) })}
          </span>
        ) : null}
      </div>
      <div>
        <Button type="submit" id="presentation-submit" disabled={busy}>
          {t("presentations.submit")}
        </Button>
      </div>
    </Form>
  );
}
