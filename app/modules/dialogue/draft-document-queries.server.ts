import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { canViewPlan, findPlanForDialogue } from "../plans/index.server.ts";
import { findDraft } from "./draft-rows.server.ts";
import { dialogueDraftDocument } from "./draft-tables.ts";
import { canManageDialogue } from "./policy.ts";

/** The draft's PDF as the pages name it (never its bytes). */
export type DraftDocumentInfo = { fileName: string; sizeBytes: number };

/** The PDFs of these drafts by draft id, without their bytes. */
export async function listDraftDocuments(
  db: DbOrTx,
  draftIds: string[],
): Promise<Map<string, DraftDocumentInfo>> {
  if (draftIds.length === 0) return new Map();
  const rows = await db
    .select({
      draftId: dialogueDraftDocument.draftId,
      fileName: dialogueDraftDocument.fileName,
      sizeBytes: dialogueDraftDocument.sizeBytes,
    })
    .from(dialogueDraftDocument)
    .where(inArray(dialogueDraftDocument.draftId, draftIds));
  return new Map(rows.map((row) => [row.draftId, { fileName: row.fileName, sizeBytes: row.sizeBytes }]));
}

/**
 * The draft's PDF for download: to anyone who may see the plan once the draft is opened ("public" when
 * the plan is public), and to the plan's buyers before that ("private"). Not found otherwise.
 */
export async function getDraftDocument(db: DbOrTx, viewer: Viewer | null, planId: string, draftId: string) {
  const draft = await findDraft(db, draftId);
  const plan = await findPlanForDialogue(db, planId);
  if (!draft || draft.planId !== planId || !plan) throw new AppError("not_found");
  const opened = draft.state !== "draft" && canViewPlan(viewer, plan);
  if (!opened && !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  const [file] = await db
    .select()
    .from(dialogueDraftDocument)
    .where(eq(dialogueDraftDocument.draftId, draftId));
  if (!file) throw new AppError("not_found");
  return {
    file: {
      id: draftId,
      planId,
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      title: null,
      description: null,
      language: "fi",
      createdAt: file.createdAt,
      content: file.content,
    },
    visibility: opened && canViewPlan(null, plan) ? ("public" as const) : ("private" as const),
  };
}
