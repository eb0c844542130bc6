import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { ForwardPlanViews } from "../components/plan-card.tsx";
import { QuarterGroups } from "../components/quarter-groups.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { listPublicTimeline } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plans-timeline";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "forwardPlan.timelineTitle") },
];

export async function loader({ context, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  return { groups: await listPublicTimeline({ db: context.services.database.db, locale }) };
}

export default function PlansTimeline({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("forwardPlan.timelineTitle")}
      </Heading>
      <Paragraph mb="m">{t("forwardPlan.timelineIntro")}</Paragraph>
      <ForwardPlanViews lang={params.lang} current="plans/timeline" />
      <QuarterGroups groups={loaderData.groups} lang={params.lang} empty={t("forwardPlan.timelineEmpty")} />
    </>
  );
}
