import { useTranslation } from "react-i18next";
import { data, Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { DialogueRecordList } from "../components/dialogue-record.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { canManageDialogue, listDialogueRecord } from "../modules/dialogue/index.server.ts";
import { canViewPlan, findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/workspace-plan-dialogue";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "dialogue.recordTitle") },
];

/**
 * The buyer's version of the plan's level-playing-field record (issue 13 point 6): every dialogue step
 * with the company it concerned; `.html` gives it as a self-contained HTML file.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const plan = await findPlanForDialogue(db, params.id);
  if (!plan || !canViewPlan(viewer, plan)) throw data(null, { status: 404 });
  if (!canManageDialogue(viewer, plan)) throw data(null, { status: 403 });
  const entries = await listDialogueRecord({ db, viewer, plan, locale, version: "buyer" });
  const title = (await getPublicPlanDetail({ db, locale, viewer, planId: plan.id }))?.title ?? "";
  return { plan: { id: plan.id, title }, entries };
}

export default function WorkspacePlanDialogue({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { plan, entries } = loaderData;
  return (
    <>
      <Paragraph mb="s">
        <Link to={`/${locale}/workspace/plans/${plan.id}`}>{plan.title}</Link>
      </Paragraph>
      <Heading variant="h1" mb="s">
        {t("dialogue.recordTitle")}
      </Heading>
      <Paragraph mb="s">{t("dialogue.recordIntro")}</Paragraph>
      <Paragraph mb="m">{t("dialogue.recordBuyerIntro")}</Paragraph>
      <ul className="plain-list action-links">
        <li>
          <a
            href={`/${locale}/workspace/plans/${plan.id}/dialogue.html`}
            id="dialogue-record-download"
            download
          >
            {t("dialogue.download")}
          </a>
        </li>
        <li>
          <Link to={`/${locale}/plans/${plan.id}/dialogue`}>{t("dialogue.recordPublicLink")}</Link>
        </li>
      </ul>
      <DialogueRecordList entries={entries} locale={locale} withCompanies />
    </>
  );
}
