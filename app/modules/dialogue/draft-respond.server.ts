import { eq } from "drizzle-orm";
import { getI18n } from "../../i18n/i18n.ts";
import { AppError } from "../../lib/app-error.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { isOpenToCompanies } from "../interest/index.server.ts";
import { changeDraftAsBuyer, findDraftComment } from "./draft-rows.server.ts";
import { dialogueDraftComment } from "./draft-tables.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type RespondToDraftCommentResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * The buyer responds to a comment: comment and response are published together to everyone, without
 * who wrote the comment, and the commenting company is e-mailed. Once per comment (the comment's row is
 * locked); during the period or after it, while the plan is public.
 */
export async function respondToDraftComment({
  services,
  viewer,
  draftId,
  commentId,
  response,
  requestId,
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  draftId: string;
  commentId: string;
  response: string;
  requestId?: string;
}): Promise<RespondToDraftCommentResult> {
  const found = await findDraftComment(services.database.db, commentId);
  if (!found || found.draftId !== draftId) throw new AppError("not_found");
  return changeDraftAsBuyer(services, viewer, draftId, async (tx, { draft, plan, viewer }) => {
    if (!isOpenToCompanies(plan)) return { ok: false, errors: { response: "drafts.errors.planNotPublic" } };
    const [comment] = await tx
      .select()
      .from(dialogueDraftComment)
      .where(eq(dialogueDraftComment.id, commentId))
      .for("update");
    if (!comment) throw new AppError("not_found");
    if (comment.respondedAt) return { ok: false, errors: { response: "drafts.errors.alreadyResponded" } };
    await tx
      .update(dialogueDraftComment)
      .set({ response, respondedBy: viewer.userId, respondedAt: new Date() })
      .where(eq(dialogueDraftComment.id, commentId));
    const mails = comment.organisationId
      ? await notifyCompanyMembers(tx, services, {
          organisationIds: [comment.organisationId],
          planId: draft.planId,
          path: `/plans/${draft.planId}/drafts/${draftId}#comment-${commentId}`,
          compose: (locale, planTitle) => {
            const { t } = getI18n(locale);
            const values = { draft: pickText(draft.title, locale), plan: planTitle };
            return {
              subject: t("drafts.mail.respondedSubject", values),
              message: t("drafts.mail.respondedMessage", values),
            };
          },
        })
      : 0;
    await recordDialogueStep(tx, {
      planId: draft.planId,
      kind: "draft.responded",
      audience: "public",
      subjectId: draftId,
      summary: { mails },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.draft.respond",
      entityType: "dialogue-draft-comment",
      entityId: commentId,
      summary: { planId: draft.planId, draftId },
      requestId,
    });
    return { ok: true };
  });
}
