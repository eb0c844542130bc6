import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading } from "suomifi-ui-components";
import type { PublicPlanSummary } from "../modules/plans/index.server.ts";
import { useTenderLabel } from "./plan-card.tsx";

/**
 * The organisation page's short public forward plan: its next upcoming and ongoing plans by planned
 * tender time, linking to the full filtered list and to its finished plans.
 */
export function OrganisationForwardPlan({
  lang,
  organisationId,
  plans,
}: {
  lang: string;
  organisationId: string;
  plans: PublicPlanSummary[];
}) {
  const { t } = useTranslation();
  const tenderLabel = useTenderLabel();
  return (
    <section aria-labelledby="forward-plan-title">
      <Heading variant="h2" id="forward-plan-title" mt="l" mb="s">
        {t("forwardPlan.organisationTitle")}
      </Heading>
      {plans.length === 0 ? (
        <p>{t("planWork.organisationEmpty")}</p>
      ) : (
        <ul className="plain-list">
          {plans.map((plan) => (
            <li key={plan.id}>
              <Link to={`/${lang}/plans/${plan.id}`}>{plan.title}</Link>{" "}
              <span className="muted">({tenderLabel(plan.tender)})</span>
            </li>
          ))}
        </ul>
      )}
      <ul className="plain-list">
        {plans.length > 0 ? (
          <li>
            <Link to={`/${lang}/plans?organisation=${encodeURIComponent(organisationId)}`}>
              {t("planWork.organisationCurrent")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link
            id="organisation-finished-plans"
            to={`/${lang}/plans?organisation=${encodeURIComponent(organisationId)}&phase=finished`}
          >
            {t("planWork.organisationFinished")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
