import { useTranslation } from "react-i18next";
import { data, Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { ContactList } from "../components/contact-list.tsx";
import { DialogueRecordList } from "../components/dialogue-record.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { loadViewer } from "../modules/accounts/index.server.ts";
import { listDialogueRecord, listPublicContacts } from "../modules/dialogue/index.server.ts";
import { findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plan-dialogue";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "dialogue.recordTitle") },
];

/**
 * The public version of a public plan's level-playing-field record: the steps that reached everyone or
 * the whole market, without company names, and the buyer's contacts by kind, date and public line only;
 * `.html` and `.pdf` give it as files.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const { db } = context.services.database;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const plan = await findPlanForDialogue(db, params.id);
  if (!plan || plan.visibility !== "public" || plan.archivedAt !== null) throw data(null, { status: 404 });
  const [entries, contacts, detail] = await Promise.all([
    listDialogueRecord({ db, viewer, plan, locale, version: "public" }),
    listPublicContacts(db, plan.id),
    getPublicPlanDetail({ db, locale, viewer, planId: plan.id }),
  ]);
  return { plan: { id: plan.id, title: detail?.title ?? "" }, entries, contacts };
}

export default function PlanDialogue({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { plan, entries, contacts } = loaderData;
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/plans/${plan.id}`}>{plan.title}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("dialogue.recordTitle")}
      </Heading>
      <Paragraph mb="m">{t("dialogue.recordIntro")}</Paragraph>
      <ul className="plain-list action-links">
        <li>
          <a href={`/${locale}/plans/${plan.id}/dialogue.html`} id="dialogue-record-download" download>
            {t("dialogue.download")}
          </a>
        </li>
        <li>
          <a href={`/${locale}/plans/${plan.id}/dialogue.pdf`} id="dialogue-record-download-pdf" download>
            {t("record.downloadPdf")}
          </a>
        </li>
      </ul>
      <Heading variant="h2" mt="l" mb="s">
        {t("record.document.stepsHeading")}
      </Heading>
      <DialogueRecordList entries={entries} locale={locale} withCompanies={false} />
      <Heading variant="h2" mt="l" mb="s">
        {t("record.contacts.title")}
      </Heading>
      <Paragraph mb="s">{t("record.contacts.count", { count: contacts.length })}</Paragraph>
      {contacts.length > 0 ? <ContactList contacts={contacts} locale={locale} /> : null}
    </article>
  );
}
