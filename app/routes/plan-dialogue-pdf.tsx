import { data } from "react-router";
import { isLocale } from "../i18n/locales.ts";
import { pdfResponse, renderDocumentPdf } from "../lib/document-pdf.server.ts";
import { loadViewer } from "../modules/accounts/index.server.ts";
import { getDialogueRecordDocument } from "../modules/dialogue/index.server.ts";
import { findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plan-dialogue-pdf";

/** The public version of a public plan's level-playing-field record as a PDF file. */
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
  return pdfResponse(await renderDocumentPdf(document), `markkinavuoropuhelu-${plan.id}-julkinen.pdf`);
}
