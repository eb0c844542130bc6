import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { ForwardPlanViews } from "../components/plan-card.tsx";
import { QuarterGroups } from "../components/quarter-groups.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { listReTenderForecast } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plans-forecast";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "forwardPlan.forecastTitle") },
];

export async function loader({ context, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  return { groups: await listReTenderForecast({ db: context.services.database.db, locale }) };
}

export default function PlansForecast({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("forwardPlan.forecastTitle")}
      </Heading>
      <Paragraph mb="m">{t("forwardPlan.forecastIntro")}</Paragraph>
      <ForwardPlanViews lang={params.lang} current="plans/forecast" />
      <QuarterGroups groups={loaderData.groups} lang={params.lang} empty={t("forwardPlan.forecastEmpty")} />
    </>
  );
}
