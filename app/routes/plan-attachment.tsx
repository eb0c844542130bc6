import { data } from "react-router";
import { isLocale } from "../i18n/locales.ts";
import { attachmentResponse, getPublicAttachment } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plan-attachment";

/**
 * A public plan's attachment as a download (the same file as /api/v1/plans/{id}/attachments/{id}); 404
 * while the plan is a draft, internal or archived, whoever asks. The organisation's own people download
 * those from the workspace.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  if (!isLocale(params.lang)) throw data(null, { status: 404 });
  const file = await getPublicAttachment(context.services.database.db, params.id, params.attachmentId);
  if (!file) throw data(null, { status: 404 });
  return attachmentResponse(request, file, { visibility: "public" });
}
