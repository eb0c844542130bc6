import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { ForwardPlanViews, PlanCard } from "../components/plan-card.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { listJointCandidates } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plans-joint-candidates";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "forwardPlan.jointTitle") },
];

export async function loader({ context, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  return { pairs: await listJointCandidates({ db: context.services.database.db, locale }) };
}

export default function PlansJointCandidates({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { pairs } = loaderData;
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("forwardPlan.jointTitle")}
      </Heading>
      <Paragraph mb="m">{t("forwardPlan.jointIntro")}</Paragraph>
      <ForwardPlanViews lang={params.lang} current="plans/joint-candidates" />
      {pairs.length === 0 ? <p>{t("forwardPlan.jointEmpty")}</p> : null}
      {pairs.map((pair) => (
        <section
          key={`${pair.first.id}-${pair.second.id}`}
          aria-labelledby={`pair-${pair.first.id}-${pair.second.id}`}
          className="joint-pair"
        >
          <Heading variant="h2" id={`pair-${pair.first.id}-${pair.second.id}`} mt="l" mb="s">
            {t("forwardPlan.cpvGroup", { group: pair.cpvGroup })}: {pair.first.organisation.name} –{" "}
            {pair.second.organisation.name}
          </Heading>
          <PlanCard plan={pair.first} lang={params.lang} headingLevel={3} />
          <PlanCard plan={pair.second} lang={params.lang} headingLevel={3} />
        </section>
      ))}
    </>
  );
}
