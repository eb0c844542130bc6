import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import type { DraftInput } from "./draft-schemas.ts";
import { dialogueDraft } from "./draft-tables.ts";
import { canManageDialogue } from "./policy.ts";

export type CreateDraftResult = { ok: true; draftId: string } | { ok: false; errors: Record<string, string> };

/**
 * The plan's buyer starts a draft tender document for comment. Nobody else sees it until the comment
 * period is opened (openDraftForComment). Audited; no dialogue step yet.
 */
export async function createDraft({
  services,
  viewer,
  planId,
  input,
  requestId,
  now = new Date(),
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  input: DraftInput;
  requestId?: string;
  now?: Date;
}): Promise<CreateDraftResult> {
  const { db } = services.database;
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  if (input.closesAt.getTime() <= now.getTime())
    return { ok: false, errors: { closesAt: "drafts.errors.past" } };
  return db.transaction(async (tx): Promise<CreateDraftResult> => {
    const current = await lockPlanForDialogue(tx, planId);
    if (!current || !canManageDialogue(viewer, current) || current.archivedAt) throw new AppError("conflict");
    const [draft] = await tx
      .insert(dialogueDraft)
      .values({
        planId,
        title: input.title,
        intro: input.intro,
        closesAt: input.closesAt,
        createdBy: viewer.userId,
      })
      .returning({ id: dialogueDraft.id });
    if (!draft) throw new Error("The draft insert returned no row");
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.draft.create",
      entityType: "dialogue-draft",
      entityId: draft.id,
      summary: { planId, closesAt: input.closesAt.toISOString() },
      requestId,
    });
    return { ok: true, draftId: draft.id };
  });
}
