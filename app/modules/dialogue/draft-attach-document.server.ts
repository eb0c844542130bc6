import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { checkAttachmentFile, findPlanForDialogue } from "../plans/index.server.ts";
import { changeDraftAsBuyer, findDraft } from "./draft-rows.server.ts";
import { dialogueDraftDocument } from "./draft-tables.ts";
import { canManageDialogue } from "./policy.ts";

export type DraftDocumentResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Attaches the draft as one PDF (replacing an earlier one) while the draft is being prepared. The file
 * is checked from its bytes as plan attachments are (at most 10 MiB); only a PDF is taken, so every
 * company can read it as it is. Public once the draft is opened.
 */
export async function attachDraftDocument({
  services,
  viewer,
  draftId,
  file,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  draftId: string;
  file: { name: string; bytes: Uint8Array } | null;
  requestId?: string;
}): Promise<DraftDocumentResult> {
  const { db } = services.database;
  const draft = await findDraft(db, draftId);
  const plan = draft ? await findPlanForDialogue(db, draft.planId) : null;
  if (!draft || !plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  if (!file) return { ok: false, errors: { file: "attachments.errors.noFile" } };
  const checked = await checkAttachmentFile(file);
  if (!checked.ok) return { ok: false, errors: { file: checked.error } };
  if (checked.file.format !== "pdf") return { ok: false, errors: { file: "drafts.errors.pdfOnly" } };
  const accepted = checked.file;
  return changeDraftAsBuyer(services, viewer, draftId, async (tx, { draft, plan, viewer }) => {
    if (draft.state !== "draft") return { ok: false, errors: { file: "drafts.errors.wrongState" } };
    await tx.delete(dialogueDraftDocument).where(eq(dialogueDraftDocument.draftId, draftId));
    await tx.insert(dialogueDraftDocument).values({
      draftId,
      fileName: accepted.fileName,
      mediaType: accepted.mediaType,
      sizeBytes: accepted.sizeBytes,
      sha256: accepted.sha256,
      content: accepted.bytes,
      createdBy: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.draft.attach-document",
      entityType: "dialogue-draft",
      entityId: draftId,
      summary: { planId: draft.planId, fileName: accepted.fileName, sizeBytes: accepted.sizeBytes },
      requestId,
    });
    return { ok: true };
  });
}
