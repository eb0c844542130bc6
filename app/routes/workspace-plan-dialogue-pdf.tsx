import { data } from "react-router";
import { isLocale } from "../i18n/locales.ts";
import { pdfResponse, renderDocumentPdf } from "../lib/document-pdf.server.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { canManageDialogue, getDialogueRecordDocument } from "../modules/dialogue/index.server.ts";
import { canViewPlan, findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/workspace-plan-dialogue-pdf";

/** The buyer's version of the plan's level-playing-field record as a PDF file. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const plan = await findPlanForDialogue(db, params.id);
  if (!plan || !canViewPlan(viewer, plan)) throw data(null, { status: 404 });
  if (!canManageDialogue(viewer, plan)) throw data(null, { status: 403 });
  const planTitle = (await getPublicPlanDetail({ db, locale, viewer, planId: plan.id }))?.title ?? "";
  const document = await getDialogueRecordDocument({ db, viewer, plan, planTitle, locale, version: "buyer" });
  return pdfResponse(await renderDocumentPdf(document), `markkinavuoropuhelu-${plan.id}.pdf`);
}
