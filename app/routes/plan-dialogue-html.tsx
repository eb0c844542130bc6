import { data } from "react-router";
import { RecordDocumentHtml } from "../components/record-document.tsx";
import { isLocale } from "../i18n/locales.ts";
import { standaloneHtmlResponse } from "../lib/standalone-html.server.tsx";
import { loadViewer } from "../modules/accounts/index.server.ts";
import { getDialogueRecordDocument } from "../modules/dialogue/index.server.ts";
import { findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plan-dialogue-html";

/** The public version of a public plan's level-playing-field record as a self-contained HTML file. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const { db } = context.services.database;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const plan = await findPlanForDialogue(db, params.id);
  if (!plan || plan.visibility !== "public" || plan.archivedAt !== null) throw data(null, { status: 404 });
  const planTitle = (await getPublicPlanDetail({ db, locale, viewer, planId: plan.id }))?.title ?? "";
  const document = await getDialogueRecordDocument({
    db,
    viewer,
    plan,
    planTitle,
    locale,
    version: "public",
  });
  return standaloneHtmlResponse({
    lang: locale,
    title: document.title,
    filename: `markkinavuoropuhelu-${plan.id}-julkinen.html`,
    body: <RecordDocumentHtml document={document} />,
  });
}
