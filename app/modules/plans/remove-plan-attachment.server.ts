import { and, eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { assertAllowed } from "../organisations/policy.ts";
import { isUuid } from "./attachment-queries.server.ts";
import { plansAttachment } from "./attachments-tables.ts";
import { loadPlanSnapshot } from "./plan-record.server.ts";
import { canEditPlansOf } from "./policy.ts";
import { recordAttachmentChange } from "./record-attachment-change.server.ts";
import { plansPlan } from "./tables.ts";

/**
 * Removes an attachment from a plan (its bytes go with it). The routes ask for confirmation first.
 * Audited; a public plan gets a public version.
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
}): Promise<void> {
  const { db } = services.database;
  if (!isUuid(planId)) throw new AppError("not_found");
  const [plan] = await db.select().from(plansPlan).where(eq(plansPlan.id, planId));
  if (!plan) throw new AppError("not_found");
  assertAllowed(canEditPlansOf(viewer, plan.organisationId));
  if (plan.archivedAt) throw new AppError("conflict");
  if (!isUuid(attachmentId)) throw new AppError("not_found");
  const actorId = viewer?.userId ?? null;
  await db.transaction(async (tx) => {
    await tx.select({ id: plansPlan.id }).from(plansPlan).where(eq(plansPlan.id, planId)).for("update");
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
      plan,
      before,
      actorId,
      action: "plans.attachment-remove",
      attachmentId,
      summary: removed,
      requestId,
    });
  });
}
