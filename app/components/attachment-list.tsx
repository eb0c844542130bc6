import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatFileSize } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { formatLabel } from "../modules/plans/index.ts";

/** An attachment as pages show it (no bytes; dates as ISO strings). */
export type AttachmentView = {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  title: string | null;
  description: string | null;
  language: string;
  createdAt: string;
};

/** The page data for an attachment summary. */
export function toAttachmentView(attachment: Omit<AttachmentView, "createdAt"> & { createdAt: Date }) {
  return {
    id: attachment.id,
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    sizeBytes: attachment.sizeBytes,
    title: attachment.title,
    description: attachment.description,
    language: attachment.language,
    createdAt: attachment.createdAt.toISOString(),
  } satisfies AttachmentView;
}

/** The name a link shows (the title in the document's own language, else the file name) and its format. */
function AttachmentName({
  attachment,
  href,
  locale,
}: {
  attachment: AttachmentView;
  href: string;
  locale: Locale;
}) {
  const { t } = useTranslation();
  return (
    <>
      <a
        href={href}
        lang={attachment.title && attachment.language !== locale ? attachment.language : undefined}
      >
        {attachment.title ?? attachment.fileName}
      </a>
      {` (${formatLabel(attachment.mediaType)}, ${formatFileSize(locale, attachment.sizeBytes)})`}
      {attachment.title ? (
        <>
          <br />
          <span className="field-hint">{t("attachments.fileName", { name: attachment.fileName })}</span>
        </>
      ) : null}
    </>
  );
}

/** A plan's attachments as a list of download links, for the public plan page. */
export function AttachmentLinks({
  attachments,
  locale,
  hrefOf,
}: {
  attachments: AttachmentView[];
  locale: Locale;
  hrefOf: (attachment: AttachmentView) => string;
}) {
  return (
    <ul className="plain-list attachment-list">
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <AttachmentName attachment={attachment} href={hrefOf(attachment)} locale={locale} />
          {attachment.description ? <p className="wrap">{attachment.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** The workspace table of a plan's attachments, with a link to remove each when the viewer may. */
export function AttachmentTable({
  attachments,
  locale,
  hrefOf,
  removeHrefOf,
  caption,
}: {
  attachments: AttachmentView[];
  locale: Locale;
  hrefOf: (attachment: AttachmentView) => string;
  removeHrefOf?: (attachment: AttachmentView) => string;
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("attachments.columns.file")}</th>
            <th scope="col">{t("attachments.columns.language")}</th>
            <th scope="col">{t("attachments.columns.added")}</th>
            {removeHrefOf ? <th scope="col">{t("attachments.columns.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {attachments.map((attachment) => (
            <tr key={attachment.id}>
              <td>
                <AttachmentName attachment={attachment} href={hrefOf(attachment)} locale={locale} />
                {attachment.description ? <p className="wrap">{attachment.description}</p> : null}
              </td>
              <td>{t(`attachments.languages.${attachment.language}`)}</td>
              <td>{formatDate(locale, new Date(attachment.createdAt))}</td>
              {removeHrefOf ? (
                <td>
                  <Link to={removeHrefOf(attachment)}>
                    {t("attachments.remove", { name: attachment.title ?? attachment.fileName })}
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
