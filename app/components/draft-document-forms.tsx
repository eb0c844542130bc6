import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button, Heading } from "suomifi-ui-components";
import { formatFileSize } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";

// The draft's PDF on the buyer's page: a link to it, and while the draft is prepared the forms to attach
// (or replace) and remove it. The forms post to a route of their own, the only one that takes a large
// body (server/http/create-app.ts); they work without JavaScript.

const documentErrors: Record<string, string> = {
  noFile: "attachments.errors.noFile",
  tooLarge: "attachments.errors.tooLarge",
  fileType: "attachments.errors.fileType",
  extension: "attachments.errors.extension",
  fileName: "attachments.errors.fileName",
  unreadable: "attachments.errors.unreadable",
  pdfOnly: "drafts.errors.pdfOnly",
  wrongState: "drafts.errors.wrongState",
};

/** The catalogue key of an error named in the page's address, or undefined for anything else. */
export function draftDocumentError(name: string | null): string | undefined {
  return name ? documentErrors[name] : undefined;
}

/** A link to the draft's PDF with its name and size. */
export function DraftDocumentLink({
  href,
  document,
  locale,
}: {
  href: string;
  document: { fileName: string; sizeBytes: number };
  locale: Locale;
}) {
  const { t } = useTranslation();
  return (
    <p>
      <a href={href} id="draft-document-link" download>
        {t("drafts.downloadDocument", {
          name: document.fileName,
          size: formatFileSize(locale, document.sizeBytes),
        })}
      </a>
    </p>
  );
}

export function DraftDocumentForms({
  action,
  documentHref,
  document,
  canChange,
  error,
  locale,
  busy,
}: {
  action: string;
  documentHref: string;
  document: { fileName: string; sizeBytes: number } | null;
  canChange: boolean;
  error: string | undefined;
  locale: Locale;
  busy: boolean;
}) {
  const { t } = useTranslation();
  if (!document && !canChange) return null;
  return (
    <section aria-labelledby="draft-document-title" id="draft-document">
      <Heading variant="h2" id="draft-document-title" mt="l" mb="s">
        {t("drafts.documentTitle")}
      </Heading>
      {document ? <DraftDocumentLink href={documentHref} document={document} locale={locale} /> : null}
      {canChange ? (
        <Form method="post" action={action} encType="multipart/form-data" className="form-stack" noValidate>
          <div className="native-field">
            <label htmlFor="draft-document-file">{t("drafts.documentField")}</label>
            <span id="draft-document-file-hint" className="field-hint">
              {t("drafts.documentHint")}
            </span>
            <input
              type="file"
              id="draft-document-file"
              name="file"
              accept=".pdf,application/pdf"
              aria-invalid={error ? true : undefined}
              aria-describedby={
                error ? "draft-document-file-hint draft-document-file-error" : "draft-document-file-hint"
              }
            />
            {error ? (
              <span id="draft-document-file-error" className="field-error">
                {t(error)}
              </span>
            ) : null}
          </div>
          <div>
            <Button type="submit" name="intent" value="document" id="draft-document-attach" disabled={busy}>
              {t("drafts.attachDocument")}
            </Button>
          </div>
        </Form>
      ) : null}
      {canChange && document ? (
        <Form method="post" action={action} className="form-stack">
          <div>
            <Button
              type="submit"
              name="intent"
              value="remove-document"
              variant="secondary"
              id="draft-document-remove"
              disabled={busy}
            >
              {t("drafts.removeDocument")}
            </Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
