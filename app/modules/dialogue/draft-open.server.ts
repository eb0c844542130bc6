import { count, eq } from "drizzle-orm";
import { formatDate } from "../../i18n/format.ts";
import { getI18n } from "../../i18n/i18n.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { isOpenToCompanies, listInterestedCompanyIds } from "../interest/index.server.ts";
import type { DraftChangeError } from "./draft-add-section.server.ts";
import { changeDraftAsBuyer } from "./draft-rows.server.ts";
import { dialogueDraft, dialogueDraftSection } from "./draft-tables.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type DraftStateResult = { ok: true } | { ok: false; error: DraftChangeError | "deadlinePassed" };

/**
 * Opens the comment period of a draft to every company at the same moment: the plan must be public and
 * open, the draft have a section and its closing time be ahead. Every company interested in the plan
 * is e-mailed in the same transaction; recorded for the market.
 */
export async function openDraftForComment({
  services,
  viewer,
  draftId,
  requestId,
  now = new Date(),
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  draftId: string;
  requestId?: string;
  now?: Date;
}): Promise<DraftStateResult> {
  return changeDraftAsBuyer(services, viewer, draftId, async (tx, { draft, plan, viewer }) => {
    if (!isOpenToCompanies(plan)) return { ok: false, error: "planNotPublic" };
    if (draft.state !== "draft") return { ok: false, error: "wrongState" };
    if (draft.closesAt.getTime() <= now.getTime()) return { ok: false, error: "deadlinePassed" };
    const [sections] = await tx
      .select({ value: count() })
      .from(dialogueDraftSection)
      .where(eq(dialogueDraftSection.draftId, draftId));
    if (Number(sections?.value ?? 0) === 0) return { ok: false, error: "noSections" };
    await tx.update(dialogueDraft).set({ state: "open", openedAt: now }).where(eq(dialogueDraft.id, draftId));
    const mails = await notifyCompanyMembers(tx, services, {
      organisationIds: await listInterestedCompanyIds(tx, draft.planId),
      planId: draft.planId,
      path: `/plans/${draft.planId}/drafts/${draftId}`,
      compose: (locale, planTitle) => {
        const { t } = getI18n(locale);
        const values = {
          draft: pickText(draft.title, locale),
          plan: planTitle,
          deadline: formatDate(locale, draft.closesAt, true),
        };
        return {
          subject: t("drafts.mail.openedSubject", values),
          message: t("drafts.mail.openedMessage", values),
        };
      },
    });
    await recordDialogueStep(tx, {
      planId: draft.planId,
      kind: "draft.opened",
      audience: "market",
      subjectId: draftId,
      summary: { sections: Number(sections?.value ?? 0), closesAt: draft.closesAt.toISOString(), mails },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.draft.open",
      entityType: "dialogue-draft",
      entityId: draftId,
      summary: { planId: draft.planId },
      requestId,
    });
    return { ok: true };
  });
}
