import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading } from "suomifi-ui-components";
import type { Locale } from "../i18n/locales.ts";
import type { OpenSurvey } from "../modules/dialogue/index.server.ts";

/** The company home's list of surveys waiting for the company's answer; nothing when there are none. */
export function OpenSurveys({ surveys, locale }: { surveys: OpenSurvey[]; locale: Locale }) {
  const { t } = useTranslation();
  if (surveys.length === 0) return null;
  return (
    <section aria-labelledby="home-surveys" className="home-section">
      <Heading variant="h2" id="home-surveys" mb="xs">
        {t("record.survey.homeTitle")}
      </Heading>
      <ul className="compact-list">
        {surveys.map((survey) => (
          <li key={`${survey.planId}-${survey.subjectId}`}>
            <Link to={`/${locale}/plans/${survey.planId}/survey/${survey.subjectId}`}>
              {t("record.survey.homeLink", { plan: survey.planTitle })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
