import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { SurveySummary } from "../modules/dialogue/index.server.ts";
import { surveyBarriers } from "../modules/dialogue/index.ts";

/** The buyer's summary of the "why didn't you take part?" surveys: counts per barrier and free texts. */
export function SurveySummaries({ surveys, locale }: { surveys: SurveySummary[]; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="survey-summary-title" id="survey-summary">
      <Heading variant="h2" id="survey-summary-title" mt="l" mb="s">
        {t("record.survey.summaryTitle")}
      </Heading>
      <Paragraph mb="s">{t("record.survey.summaryIntro")}</Paragraph>
      {surveys.length === 0 ? <Paragraph mb="m">{t("record.survey.none")}</Paragraph> : null}
      {surveys.map((survey) => (
        <div key={survey.subjectId} className="survey-summary">
          <Heading variant="h3" mt="m" mb="xs">
            {t(`dialogue.steps.${survey.closedKind ?? "survey.sent"}`, {
              defaultValue: survey.closedKind ?? "",
            })}
            {survey.closedAt ? ` (${formatDate(locale, new Date(survey.closedAt), true)})` : null}
          </Heading>
          <Paragraph mb="xs">
            {t("record.survey.answeredOf", { answered: survey.answered, invited: survey.invited })}
          </Paragraph>
          <dl className="facts">
            {surveyBarriers.map((barrier) => (
              <div key={barrier} style={{ display: "contents" }}>
                <dt>{t(`record.barriers.${barrier}`)}</dt>
                <dd>{survey.barriers[barrier]}</dd>
              </div>
            ))}
          </dl>
          {survey.freeTexts.length > 0 ? (
            <>
              <Heading variant="h4" mt="s" mb="xs">
                {t("record.survey.freeTextsTitle")}
              </Heading>
              <ul>
                {survey.freeTexts.map((text, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: anonymous answers have no other key.
                  <li key={index} className="wrap">
                    {text}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ))}
    </section>
  );
}
