import { count, eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import type { DraftStateResult } from "./draft-open.server.ts";
import { changeDraftAsBuyer } from "./draft-rows.server.ts";
import { dialogueDraft, dialogueDraftComment } from "./draft-tables.ts";
import { recordDialogueStep } from "./record-step.server.ts";

/**
 * Ends a draft's comment period, whatever its closing time says. Waits for the comments being written
 * (they hold the draft's row in share mode), so each is saved before the close or refused after it.
 * Recorded for the market with the number of comments, never who wrote them.
 */
export async function closeDraft({
  services,
  viewer,
  draftId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  draftId: string;
  requestId?: string;
}): Promise<DraftStateResult> {
  return changeDraftAsBuyer(services, viewer, draftId, async (tx, { draft, plan, viewer }) => {
    if (draft.state !== "open") return { ok: false, error: "wrongState" };
    await tx
      .update(dialogueDraft)
      .set({ state: "closed", closedAt: new Date() })
      .where(eq(dialogueDraft.id, draftId));
    const [comments] = await tx
      .select({ value: count() })
      .from(dialogueDraftComment)
      .where(eq(dialogueDraftComment.draftId, draftId));
    const total = Number(comments?.value ?? 0);
    await recordDialogueStep(tx, {
      planId: draft.planId,
      kind: "draft.closed",
      audience: "market",
      subjectId: draftId,
      summary: { comments: total },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.draft.close",
      entityType: "dialogue-draft",
      entityId: draftId,
      summary: { planId: draft.planId, comments: total },
      requestId,
    });
    return { ok: true };
  });
}
