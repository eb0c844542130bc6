import { useTranslation } from "react-i18next";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { RecordEntry } from "../modules/dialogue/index.server.ts";

/**
 * The level-playing-field record as a list (a stacked list on a phone, no table to scroll sideways):
 * when, what, whom it reached and, in the buyer's version, the company it concerned.
 */
export function DialogueRecordList({
  entries,
  locale,
  withCompanies,
}: {
  entries: RecordEntry[];
  locale: Locale;
  withCompanies: boolean;
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p>{t("dialogue.recordEmpty")}</p>;
  return (
    <ol className="plain-list dialogue-record" id="dialogue-record">
      {entries.map((entry) => (
        <li key={entry.id} className="dialogue-record-entry">
          <p>
            <strong>{t(`dialogue.steps.${entry.kind}`, { defaultValue: entry.kind })}</strong>
          </p>
          <dl className="facts">
            <dt>{t("dialogue.columns.when")}</dt>
            <dd>{formatDate(locale, new Date(entry.createdAt), true)}</dd>
            <dt>{t("dialogue.columns.audience")}</dt>
            <dd>{t(`dialogue.audiences.${entry.audience}`, { defaultValue: entry.audience })}</dd>
            {withCompanies && entry.company ? (
              <>
                <dt>{t("dialogue.columns.company")}</dt>
                <dd>{entry.company}</dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}
