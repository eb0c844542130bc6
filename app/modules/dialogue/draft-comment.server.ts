import { and, count, eq, gt, sql } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { canViewPlan, findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { findDraft, isCommentable, lockDraft } from "./draft-rows.server.ts";
import { type DraftCommentInput, maxDraftCommentsPerCompanyPerDay } from "./draft-schemas.ts";
import { dialogueDraftComment, dialogueDraftSection } from "./draft-tables.ts";
import { canTakePartInDialogue } from "./policy.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type CommentOnDraftResult =
  | { ok: true; commentId: string }
  | { ok: false; errors: Record<string, string> };

/**
 * A company's comment on one section of a draft open for comment. Seen by the buyer (with its author)
 * and the commenting company until the buyer responds; then published with the response, without the
 * author. Decided with the draft's row share-locked, so a comment is either saved before the buyer
 * closes the period or refused after it. Refused past the company's daily number on the draft and as a
 * repeat of the same text by the same person within a minute. The record gets a step without the text.
 */
export async function commentOnDraft({
  services,
  viewer,
  draftId,
  input,
  requestId,
  now = new Date(),
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  draftId: string;
  input: DraftCommentInput;
  requestId?: string;
  now?: Date;
}): Promise<CommentOnDraftResult> {
  const { db } = services.database;
  const draft = await findDraft(db, draftId);
  const plan = draft ? await findPlanForDialogue(db, draft.planId) : null;
  if (!draft || !plan || !canViewPlan(viewer, plan) || draft.state === "draft")
    throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  if (!viewer || !company || !canTakePartInDialogue(viewer, plan)) throw new AppError("forbidden");
  return db.transaction(async (tx): Promise<CommentOnDraftResult> => {
    const current = await lockPlanForDialogue(tx, draft.planId);
    if (!current || !canTakePartInDialogue(viewer, current))
      return { ok: false, errors: { body: "drafts.errors.planNotPublic" } };
    const locked = await lockDraft(tx, draftId, "share");
    if (!locked || !isCommentable(locked, now))
      return { ok: false, errors: { body: "drafts.errors.closed" } };
    const [section] = await tx
      .select({ id: dialogueDraftSection.id })
      .from(dialogueDraftSection)
      .where(and(eq(dialogueDraftSection.id, input.sectionId), eq(dialogueDraftSection.draftId, draftId)));
    if (!section) return { ok: false, errors: { sectionId: "validation.invalid" } };
    // One company's comments on one draft are counted one at a time, so parallel posts cannot all pass.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`dialogue-draft-comment:${draftId}:${company.organisationId}`}))`,
    );
    const [recent] = await tx
      .select({
        total: count(),
        repeats: sql<number>`count(*) filter (where ${dialogueDraftComment.authorId} = ${viewer.userId} and ${dialogueDraftComment.body} = ${input.body} and ${dialogueDraftComment.createdAt} > ${new Date(now.getTime() - 60_000)})::int`,
      })
      .from(dialogueDraftComment)
      .where(
        and(
          eq(dialogueDraftComment.draftId, draftId),
          eq(dialogueDraftComment.organisationId, company.organisationId),
          gt(dialogueDraftComment.createdAt, new Date(now.getTime() - 24 * 60 * 60 * 1000)),
        ),
      );
    if (Number(recent?.repeats ?? 0) > 0) return { ok: false, errors: { body: "drafts.errors.duplicate" } };
    if (Number(recent?.total ?? 0) >= maxDraftCommentsPerCompanyPerDay)
      return { ok: false, errors: { body: "drafts.errors.tooMany" } };
    const [row] = await tx
      .insert(dialogueDraftComment)
      .values({
        draftId,
        sectionId: input.sectionId,
        organisationId: company.organisationId,
        authorId: viewer.userId,
        body: input.body,
        createdAt: now,
      })
      .returning({ id: dialogueDraftComment.id });
    if (!row) throw new Error("The comment insert returned no row");
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: company.organisationId,
      action: "dialogue.draft.comment",
      entityType: "dialogue-draft-comment",
      entityId: row.id,
      summary: { planId: draft.planId, draftId, sectionId: input.sectionId, length: input.body.length },
      requestId,
    });
    await recordDialogueStep(tx, {
      planId: draft.planId,
      kind: "draft.commented",
      audience: "company",
      subjectId: draftId,
      organisationId: company.organisationId,
      actorId: viewer.userId,
    });
    return { ok: true, commentId: row.id };
  });
}
