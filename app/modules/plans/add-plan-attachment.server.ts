import { and, count, eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { isUuid } from "./attachment-queries.server.ts";
import { type AttachmentFields, maxAttachmentsPerPlan } from "./attachment-rules.ts";
import { plansAttachment } from "./attachments-tables.ts";
import { checkAttachmentFile } from "./check-attachment-file.server.ts";
import { lockPlanForChange } from "./lock-plan.server.ts";
import { loadPlanSnapshot } from "./plan-record.server.ts";
import { canEditPlansOf } from "./policy.ts";
import { recordAttachmentChange } from "./record-attachment-change.server.ts";
import { plansPlan } from "./tables.ts";

export type AddAttachmentResult =
  | { ok: true; attachmentId: string }
  | { ok: false; errors: Record<string, string> };

/**
 * Attaches a file to a plan after checking it from its content (PDF, DOCX, XLSX or ODT, at most
 * maxAttachmentBytes, the extension agreeing with the content) and the plan's limit of
 * maxAttachmentsPerPlan, on a plan that is not archived. Refusals are field errors on `file`; nothing is
 * stored then. Audited; a public
 * plan gets a public version.
 */
export async function addPlanAttachment({
  services,
  viewer,
  planId,
  file,
  fields,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  file: { name: string; bytes: Uint8Array } | null;
  fields: AttachmentFields;
  requestId?: string;
}): Promise<AddAttachmentResult> {
  const { db } = services.database;
  if (!isUuid(planId)) throw new AppError("not_found");
  const [plan] = await db.select().from(plansPlan).where(eq(plansPlan.id, planId));
  if (!plan) throw new AppError("not_found");
  assertAllowed(canEditPlansOf(viewer, plan.organisationId));
  if (plan.archivedAt) return { ok: false, errors: { file: "plans.errors.archived" } };
  if (!file) return { ok: false, errors: { file: "attachments.errors.noFile" } };
  const checked = await checkAttachmentFile(file);
  if (!checked.ok) return { ok: false, errors: { file: checked.error } };
  const { file: accepted } = checked;
  const actorId = viewer?.userId ?? null;
  return db.transaction(async (tx): Promise<AddAttachmentResult> => {
    // Rechecked with the plan row locked: two uploads at once cannot pass the count together, and the
    // plan cannot be archived or change visibility in between.
    const locked = await lockPlanForChange(tx, viewer, planId);
    if (locked.archivedAt) return { ok: false, errors: { file: "plans.errors.archived" } };
    const [existing] = await tx
      .select({ total: count() })
      .from(plansAttachment)
      .where(eq(plansAttachment.planId, planId));
    if (Number(existing?.total ?? 0) >= maxAttachmentsPerPlan)
      return { ok: false, errors: { file: "attachments.errors.tooMany" } };
    const [same] = await tx
      .select({ id: plansAttachment.id })
      .from(plansAttachment)
      .where(and(eq(plansAttachment.planId, planId), eq(plansAttachment.sha256, accepted.sha256)));
    if (same) return { ok: false, errors: { file: "attachments.errors.duplicate" } };
    const before = await loadPlanSnapshot(tx, planId);
    const [row] = await tx
      .insert(plansAttachment)
      .values({
        planId,
        fileName: accepted.fileName,
        mediaType: accepted.mediaType,
        sizeBytes: accepted.sizeBytes,
        sha256: accepted.sha256,
        content: accepted.bytes,
        title: fields.title ?? null,
        description: fields.description ?? null,
        language: fields.language,
        createdBy: actorId,
      })
      .returning({ id: plansAttachment.id });
    if (!row) throw new Error("attachment insert returned no row");
    await recordAttachmentChange(tx, {
      plan: locked,
      before,
      actorId,
      action: "plans.attachment-add",
      attachmentId: row.id,
      summary: {
        fileName: accepted.fileName,
        mediaType: accepted.mediaType,
        sizeBytes: accepted.sizeBytes,
        sha256: accepted.sha256,
      },
      requestId,
    });
    return { ok: true, attachmentId: row.id };
  });
}
