import { eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import type { DraftDocumentResult } from "./draft-attach-document.server.ts";
import { changeDraftAsBuyer } from "./draft-rows.server.ts";
import { dialogueDraftDocument } from "./draft-tables.ts";

/** Removes the draft's PDF while the draft is being prepared. */
export async function removeDraftDocument({
  services,
  viewer,
  draftId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  draftId: string;
  requestId?: string;
}): Promise<DraftDocumentResult> {
  return changeDraftAsBuyer(services, viewer, draftId, async (tx, { draft, plan, viewer }) => {
    if (draft.state !== "draft") return { ok: false, errors: { form: "drafts.errors.wrongState" } };
    const removed = await tx
      .delete(dialogueDraftDocument)
      .where(eq(dialogueDraftDocument.draftId, draftId))
      .returning({ fileName: dialogueDraftDocument.fileName });
    if (removed.length === 0) return { ok: false, errors: { form: "drafts.errors.wrongState" } };
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.draft.remove-document",
      entityType: "dialogue-draft",
      entityId: draftId,
      summary: { planId: draft.planId, fileName: removed[0]?.fileName },
      requestId,
    });
    return { ok: true };
  });
}
