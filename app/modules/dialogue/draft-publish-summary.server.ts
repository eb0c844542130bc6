import { and, eq, isNotNull } from "drizzle-orm";
import { getI18n } from "../../i18n/i18n.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { isOpenToCompanies } from "../interest/index.server.ts";
import type { DraftStateResult } from "./draft-open.server.ts";
import { changeDraftAsBuyer } from "./draft-rows.server.ts";
import { dialogueDraft, dialogueDraftComment } from "./draft-tables.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { recordDialogueStep } from "./record-step.server.ts";

/**
 * Publishes the summary of a closed draft's comments to everyone; a later publication replaces it and is
 * recorded again. The companies that commented are e-mailed (the first time only). The plan must still
 * be public.
 */
export async function publishDraftSummary({
  services,
  viewer,
  draftId,
  summary,
  requestId,
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  draftId: string;
  summary: TextByLanguage;
  requestId?: string;
}): Promise<DraftStateResult> {
  return changeDraftAsBuyer(services, viewer, draftId, async (tx, { draft, plan, viewer }) => {
    if (!isOpenToCompanies(plan)) return { ok: false, error: "planNotPublic" };
    if (draft.state !== "closed") return { ok: false, error: "wrongState" };
    const republished = draft.summaryPublishedAt !== null;
    await tx
      .update(dialogueDraft)
      .set({ summary, summaryPublishedAt: new Date() })
      .where(eq(dialogueDraft.id, draftId));
    const commenters = await tx
      .selectDistinct({ organisationId: dialogueDraftComment.organisationId })
      .from(dialogueDraftComment)
      .where(and(eq(dialogueDraftComment.draftId, draftId), isNotNull(dialogueDraftComment.organisationId)));
    const mails = republished
      ? 0
      : await notifyCompanyMembers(tx, services, {
          organisationIds: commenters.flatMap((row) => (row.organisationId ? [row.organisationId] : [])),
          planId: draft.planId,
          path: `/plans/${draft.planId}/drafts/${draftId}#draft-summary`,
          compose: (locale, planTitle) => {
            const { t } = getI18n(locale);
            const values = { draft: pickText(draft.title, locale), plan: planTitle };
            return {
              subject: t("drafts.mail.summarySubject", values),
              message: t("drafts.mail.summaryMessage", values),
            };
          },
        });
    await recordDialogueStep(tx, {
      planId: draft.planId,
      kind: "draft.summary-published",
      audience: "public",
      subjectId: draftId,
      summary: { languages: Object.keys(summary), republished, mails },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.draft.publish-summary",
      entityType: "dialogue-draft",
      entityId: draftId,
      summary: { planId: draft.planId },
      requestId,
    });
    return { ok: true };
  });
}
