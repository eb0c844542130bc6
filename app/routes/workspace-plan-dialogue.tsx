import { useTranslation } from "react-i18next";
import { data, Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { DialogueRecordList } from "../components/dialogue-record.tsx";
import { DialogueWarningsList } from "../components/dialogue-warnings.tsx";
import { SurveySummaries } from "../components/survey-summary.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  canManageDialogue,
  countContacts,
  listDialogueRecord,
  listDialogueWarnings,
  listSurveySummaries,
} from "../modules/dialogue/index.server.ts";
import { canViewPlan, findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/workspace-plan-dialogue";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "dialogue.recordTitle") },
];

/**
 * The buyer's version of the plan's level-playing-field record (issue 13 point 6): the warnings, every
 * dialogue step with the company it concerned, the contact register's size and the surveys' summary;
 * `.html` and `.pdf` give the record as files.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const plan = await findPlanForDialogue(db, params.id);
  if (!plan || !canViewPlan(viewer, plan)) throw data(null, { status: 404 });
  if (!canManageDialogue(viewer, plan)) throw data(null, { status: 403 });
  const [entries, warnings, surveys, contacts, detail] = await Promise.all([
    listDialogueRecord({ db, viewer, plan, locale, version: "buyer" }),
    listDialogueWarnings({ db, viewer, plan, locale }),
    listSurveySummaries({ db, viewer, plan }),
    countContacts(db, plan.id),
    getPublicPlanDetail({ db, locale, viewer, planId: plan.id }),
  ]);
  return { plan: { id: plan.id, title: detail?.title ?? "" }, entries, warnings, surveys, contacts };
}

export default function WorkspacePlanDialogue({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { plan, entries, warnings, surveys, contacts } = loaderData;
  const base = `/${locale}/workspace/plans/${plan.id}`;
  return (
    <>
      <Paragraph mb="s">
        <Link to={base}>{plan.title}</Link>
      </Paragraph>
      <Heading variant="h1" mb="s">
        {t("dialogue.recordTitle")}
      </Heading>
      <Paragraph mb="s">{t("dialogue.recordIntro")}</Paragraph>
      <Paragraph mb="m">{t("dialogue.recordBuyerIntro")}</Paragraph>
      <ul className="plain-list action-links">
        <li>
          <a href={`${base}/dialogue.html`} id="dialogue-record-download" download>
            {t("dialogue.download")}
          </a>
        </li>
        <li>
          <a href={`${base}/dialogue.pdf`} id="dialogue-record-download-pdf" download>
            {t("record.downloadPdf")}
          </a>
        </li>
        <li>
          <Link to={`/${locale}/plans/${plan.id}/dialogue`}>{t("dialogue.recordPublicLink")}</Link>
        </li>
        <li>
          <Link to={`${base}/contacts`} id="dialogue-contacts-link">
            {t("record.contacts.link", { count: contacts })}
          </Link>
        </li>
      </ul>
      <DialogueWarningsList warnings={warnings} locale={locale} planId={plan.id} />
      <Heading variant="h2" mt="l" mb="s">
        {t("record.document.stepsHeading")}
      </Heading>
      <DialogueRecordList entries={entries} locale={locale} withCompanies />
      <SurveySummaries surveys={surveys} locale={locale} />
    </>
  );
}
