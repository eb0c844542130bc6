import { data } from "react-router";
import { isLocale } from "../i18n/locales.ts";
import { orRespond } from "../lib/route-errors.ts";
import { loadViewer } from "../modules/accounts/index.server.ts";
import { getDraftDocument } from "../modules/dialogue/index.server.ts";
import { attachmentResponse } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plan-draft-document";

/**
 * A draft's PDF as a download: to everyone who may see the plan once the draft is opened for comment,
 * and to the plan's buyers while they prepare it; 404 otherwise.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  if (!isLocale(params.lang)) throw data(null, { status: 404 });
  const viewer = await loadViewer(context, request);
  const { file, visibility } = await orRespond(() =>
    getDraftDocument(context.services.database.db, viewer, params.id, params.draftId),
  );
  return attachmentResponse(request, file, { visibility });
}
