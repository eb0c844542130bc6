import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatMoney } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import type { PublicPlanSummary } from "../modules/plans/index.server.ts";

/** When the call for tenders is planned: "Q1/2027", or that it is not yet known. */
export function useTenderLabel() {
  const { t } = useTranslation();
  return (tender: PublicPlanSummary["tender"]) =>
    tender.year && tender.quarter
      ? t("forwardPlan.quarterLabel", { year: tender.year, quarter: tender.quarter })
      : tender.year
        ? String(tender.year)
        : t("forwardPlan.tenderOpen");
}

/** One public plan in a list: title link, organisation, timing, value, status and the search snippet. */
export function PlanCard({
  plan,
  lang,
  headingLevel = 2,
}: {
  plan: PublicPlanSummary;
  lang: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const tenderLabel = useTenderLabel();
  const locale = isLocale(lang) ? lang : "fi";
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="plan-card">
      <Heading className="plan-card-title">
        <Link to={`/${lang}/plans/${plan.id}`} lang={plan.titleLang === locale ? undefined : plan.titleLang}>
          {plan.title}
        </Link>
      </Heading>
      <p className="plan-card-meta">
        <Link to={`/${lang}/organisations/${plan.organisation.id}`}>{plan.organisation.name}</Link>
        {" · "}
        {t("plans.fields.tender")}: {tenderLabel(plan.tender)}
        {" · "}
        {plan.estimatedValueEur === null
          ? t("forwardPlan.valueOpen")
          : formatMoney(locale, plan.estimatedValueEur)}
        {plan.valueBand ? ` (${t(`plans.valueBands.${plan.valueBand}`)})` : null}
        {" · "}
        {t(`plans.statuses.${plan.status}`)}
        {plan.status === "contract-awarded" && plan.contractEnd
          ? ` · ${t("forwardPlan.contractEnds", { date: formatDate(locale, new Date(`${plan.contractEnd}T12:00:00Z`)) })}`
          : null}
      </p>
      <p className="plan-card-meta muted">
        {plan.mainCpv.code} {plan.mainCpv.label}
      </p>
      {plan.snippet ? (
        <p className="plan-card-snippet">
          <span className="visually-hidden">{t("forwardPlan.snippet")}: </span>
          <span lang={plan.snippetLang === locale ? undefined : plan.snippetLang}>
            {plan.snippet.map((part, index) =>
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move
              part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
            )}
          </span>
        </p>
      ) : null}
    </article>
  );
}

/** Links between the forward plan's views, the current one marked. */
export function ForwardPlanViews({ lang, current }: { lang: string; current: string }) {
  const { t } = useTranslation();
  const views = [
    ["plans", "forwardPlan.listLink"],
    ["plans/timeline", "forwardPlan.timelineLink"],
    ["plans/forecast", "forwardPlan.forecastLink"],
    ["plans/joint-candidates", "forwardPlan.jointLink"],
  ] as const;
  return (
    <nav aria-label={t("forwardPlan.viewsNav")} className="view-links">
      <ul>
        {views.map(([path, key]) => (
          <li key={path}>
            <Link to={`/${lang}/${path}`} aria-current={path === current ? "page" : undefined}>
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
