import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { attachmentResponse, getWorkspaceAttachment } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/workspace-plan-attachment";

/** An attachment of any of the organisation's plans, drafts included, for its workspace users. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const file = await orRespond(() =>
    getWorkspaceAttachment({
      services: context.services,
      viewer,
      planId: params.id,
      attachmentId: params.attachmentId,
    }),
  );
  return attachmentResponse(request, file, { visibility: "private" });
}
