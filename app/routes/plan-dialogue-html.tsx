import { I18nextProvider } from "react-i18next";
import { data } from "react-router";
import { DialogueRecordList } from "../components/dialogue-record.tsx";
import { getI18n } from "../i18n/i18n.ts";
import { isLocale } from "../i18n/locales.ts";
import { standaloneHtmlResponse } from "../lib/standalone-html.server.tsx";
import { loadViewer } from "../modules/accounts/index.server.ts";
import { listDialogueRecord } from "../modules/dialogue/index.server.ts";
import { findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plan-dialogue-html";

/** The public version of a public plan's level-playing-field record as a self-contained HTML file. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const { db } = context.services.database;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const plan = await findPlanForDialogue(db, params.id);
  if (!plan || plan.visibility !== "public" || plan.archivedAt !== null) throw data(null, { status: 404 });
  const entries = await listDialogueRecord({ db, viewer, plan, locale, version: "public" });
  const title = (await getPublicPlanDetail({ db, locale, viewer, planId: plan.id }))?.title ?? "";
  const i18n = getI18n(locale);
  const heading = `${i18n.t("dialogue.recordTitle")}: ${title}`;
  return standaloneHtmlResponse({
    lang: locale,
    title: heading,
    filename: `markkinavuoropuhelu-${plan.id}-julkinen.html`,
    body: (
      <I18nextProvider i18n={i18n}>
        <h1>{heading}</h1>
        <p>{i18n.t("dialogue.recordIntro")}</p>
        <DialogueRecordList entries={entries} locale={locale} withCompanies={false} />
      </I18nextProvider>
    ),
  });
}
