import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { DialogueWarning } from "../modules/dialogue/index.server.ts";

/** The level-playing-field warnings on the buyer's record page, each saying what to put right. */
export function DialogueWarningsList({
  warnings,
  locale,
  planId,
}: {
  warnings: DialogueWarning[];
  locale: Locale;
  planId: string;
}) {
  const { t } = useTranslation();
  const contactsBase = `/${locale}/workspace/plans/${planId}/contacts`;
  return (
    <section aria-labelledby="dialogue-warnings-title" id="dialogue-warnings">
      <Heading variant="h2" id="dialogue-warnings-title" mt="l" mb="s">
        {t("record.warnings.title")}
      </Heading>
      {warnings.length === 0 ? (
        <Paragraph mb="m">{t("record.warnings.none")}</Paragraph>
      ) : (
        <ul className="warning-list">
          {warnings.map((warning) => {
            const date = formatDate(locale, new Date(warning.at), true);
            if (warning.kind === "closedWithoutSummary")
              return (
                <li key={`closed-${warning.subjectId}`}>
                  {t("record.warnings.closedWithoutSummary", {
                    step: t(`dialogue.steps.${warning.stepKind}`, { defaultValue: warning.stepKind }),
                    date,
                  })}
                </li>
              );
            if (warning.kind === "partialMaterial")
              return (
                <li key={`partial-${warning.id}`}>
                  {t("record.warnings.partialMaterial", { organisation: warning.organisation, date })}
                  {warning.source === "contact" ? (
                    <>
                      {" "}
                      <Link to={`${contactsBase}/${warning.id}`}>{t("record.contacts.edit")}</Link>
                    </>
                  ) : null}
                </li>
              );
            return (
              <li key={`met-${warning.contactId}`}>
                {t("record.warnings.metOutsideRound", { organisation: warning.organisation, date })}{" "}
                <Link to={`${contactsBase}/${warning.contactId}`}>{t("record.contacts.edit")}</Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** One line on the workspace plan page: how many warnings the record has, linking to them. */
export function DialogueWarningsCount({
  count,
  locale,
  planId,
}: {
  count: number | null;
  locale: Locale;
  planId: string;
}) {
  const { t } = useTranslation();
  if (count === null || count === 0) return null;
  return (
    <Paragraph mb="m">
      <Link
        to={`/${locale}/workspace/plans/${planId}/dialogue#dialogue-warnings`}
        id="plan-dialogue-warnings-link"
      >
        {t("record.warnings.count", { count })}
      </Link>
    </Paragraph>
  );
}
