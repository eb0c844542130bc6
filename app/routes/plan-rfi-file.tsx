import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { getRfiAnswerFile } from "../modules/dialogue/index.server.ts";
import { attachmentResponse } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plan-rfi-file";

/** A file answer of a response: for the plan's buyers and the responding company only (a resource route). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const file = await orRespond(() =>
    getRfiAnswerFile(context.services.database.db, viewer, {
      planId: params.id,
      rfiId: params.rfiId,
      responseId: params.responseId,
      questionId: params.questionId,
    }),
  );
  return attachmentResponse(request, file, { visibility: "private" });
}
