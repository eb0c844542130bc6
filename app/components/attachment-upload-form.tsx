import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Form, useNavigation } from "react-router";
import { Button, Heading } from "suomifi-ui-components";
import { formatFileSize } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import {
  attachmentAccept,
  attachmentLanguages,
  maxAttachmentBytes,
  maxAttachmentsPerPlan,
} from "../modules/plans/index.ts";
import { NativeSelect } from "./native-select.tsx";

function describedBy(id: string, hint: boolean, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * The upload form (multipart, works without JavaScript). With JavaScript a file over the size limit is
 * refused before it is sent; the server checks everything again from the bytes.
 */
export function AttachmentUploadForm({
  locale,
  errors,
  values,
}: {
  locale: Locale;
  errors: Record<string, string>;
  values: Record<string, string>;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const [clientError, setClientError] = useState<string | undefined>();
  const max = formatFileSize(locale, maxAttachmentBytes);
  const fileError = clientError ?? errors.file;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    if (!(input instanceof HTMLInputElement)) return;
    const file = input.files?.[0];
    if (file && file.size > maxAttachmentBytes) {
      event.preventDefault();
      setClientError("attachments.errors.tooLarge");
      input.focus();
    } else setClientError(undefined);
  };
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      className="form-stack"
      aria-labelledby="attachment-upload-title"
      noValidate
      onSubmit={onSubmit}
    >
      <Heading variant="h2" id="attachment-upload-title" mt="xl">
        {t("attachments.uploadTitle")}
      </Heading>
      <input type="hidden" name="intent" value="add" />
      <div className="native-field">
        <label htmlFor="attachment-file">{t("attachments.file")}</label>
        <span id="attachment-file-hint" className="field-hint">
          {t("attachments.fileHint", { max, count: maxAttachmentsPerPlan })}
        </span>
        <input
          id="attachment-file"
          name="file"
          type="file"
          accept={attachmentAccept}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy("attachment-file", true, fileError)}
        />
        {fileError ? (
          <span id="attachment-file-error" className="field-error">
            {t(fileError, { max, count: maxAttachmentsPerPlan })}
          </span>
        ) : null}
      </div>
      <div className="native-field">
        <label htmlFor="attachment-title">{t("attachments.titleLabel")}</label>
        <span id="attachment-title-hint" className="field-hint">
          {t("attachments.titleHint")}
        </span>
        <input
          id="attachment-title"
          name="title"
          type="text"
          maxLength={200}
          defaultValue={values.title ?? ""}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy("attachment-title", true, errors.title)}
        />
        {errors.title ? (
          <span id="attachment-title-error" className="field-error">
            {t(errors.title)}
          </span>
        ) : null}
      </div>
      <div className="native-field">
        <label htmlFor="attachment-description">{t("attachments.descriptionLabel")}</label>
        <textarea
          id="attachment-description"
          name="description"
          rows={3}
          maxLength={1000}
          defaultValue={values.description ?? ""}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy("attachment-description", false, errors.description)}
        />
        {errors.description ? (
          <span id="attachment-description-error" className="field-error">
            {t(errors.description)}
          </span>
        ) : null}
      </div>
      <NativeSelect
        id="attachment-language"
        name="language"
        label={t("attachments.languageLabel")}
        defaultValue={values.language ?? locale}
        error={errors.language}
        options={attachmentLanguages.map((language) => ({
          value: language,
          label: t(`attachments.languages.${language}`),
        }))}
      />
      <div>
        <Button type="submit" id="attachment-submit" disabled={busy}>
          {t("attachments.submit")}
        </Button>
      </div>
    </Form>
  );
}
