import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { attachmentResponse } from "../modules/plans/index.server.ts";
import { getPresentationAttachment } from "../modules/presentations/index.server.ts";
import type { Route } from "./+types/presentation-attachment";

/** A presentation's file, for the sending company's members and the receiving organisations' buyers. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const file = await orRespond(() =>
    getPresentationAttachment({
      services: context.services,
      viewer,
      presentationId: params.id,
      attachmentId: params.attachmentId,
    }),
  );
  return attachmentResponse(request, file, { visibility: "private" });
}
