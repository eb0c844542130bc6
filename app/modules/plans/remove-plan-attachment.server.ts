import { and, eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { isUuid } from "./attachment-queries.server.ts";
import { plansAttachment } from "./attachments-tables.ts";
import { lockPlanForChange, type PlanRefusal } from "./lock-plan.server.ts";
import { loadPlanSnapshot } from "./plan-record.server.ts";
import { recordAttachmentChange } from "./record-attachment-change.server.ts";

/**
 * Removes an attachment from a plan (its bytes go with it). The routes ask for confirmation first.
 * An archived plan keeps its attachments (refused, checked with the plan row locked). Audited; a public
 * plan gets a public version.
 */
export async function removePlanAttachment({
  services,
  viewer,
  planId,
  attachmentId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  attachmentId: string;
  requestId?: string;
}): Promise<{ ok: true } | { ok: false; refused: PlanRefusal }> {
  const actorId = viewer?.userId ?? null;
  return services.database.db.transaction(async (tx) => {
    const locked = await lockPlanForChange(tx, viewer, planId);
    if (!isUuid(attachmentId)) throw new AppError("not_found");
    if (locked.archivedAt) return { ok: false, refused: "plans.errors.archived" } as const;
    const before = await loadPlanSnapshot(tx, planId);
    const [removed] = await tx
      .delete(plansAttachment)
      .where(and(eq(plansAttachment.id, attachmentId), eq(plansAttachment.planId, planId)))
      .returning({
        fileName: plansAttachment.fileName,
        mediaType: plansAttachment.mediaType,
        sizeBytes: plansAttachment.sizeBytes,
        sha256: plansAttachment.sha256,
      });
    if (!removed) throw new AppError("not_found");
    await recordAttachmentChange(tx, {
      plan: locked,
      before,
      actorId,
      action: "plans.attachment-remove",
      attachmentId,
      summary: removed,
      requestId,
    });
    return { ok: true } as const;
  });
}
