import { eq } from "drizzle-orm";
import { getI18n } from "../../i18n/i18n.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { isOpenToCompanies } from "../interest/index.server.ts";
import { markRfiClosed } from "./close-rfi.server.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { recordDialogueStep } from "./record-step.server.ts";
import { inBuyerRfiTransaction, type RfiChangeResult } from "./rfi-buyer-transaction.server.ts";
import { rfiStateAt } from "./rfi-rows.server.ts";
import { dialogueRfi, dialogueRfiResponse } from "./rfi-tables.ts";

/**
 * Publishes "what we heard" of a closed request to everyone (a request whose period ended is closed
 * here and recorded so); a later publication replaces it and is recorded again. The responding
 * companies' representatives are told by e-mail that the summary is out. The responses themselves stay
 * the buyer's: only their count is public.
 */
export async function publishRfiSummary({
  services,
  viewer,
  rfiId,
  summary,
  requestId,
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  rfiId: string;
  summary: TextByLanguage;
  requestId?: string;
}): Promise<RfiChangeResult> {
  return inBuyerRfiTransaction(services.database.db, viewer, rfiId, async (tx, { rfi, plan, viewer }) => {
    if (!isOpenToCompanies(plan)) return { ok: false, error: "planNotPublic" };
    if (rfiStateAt(rfi) !== "closed") return { ok: false, error: "wrongState" };
    if (rfi.state === "open") await markRfiClosed(tx, services, rfi, viewer.userId);
    await tx
      .update(dialogueRfi)
      .set({ summary, summaryPublishedAt: new Date() })
      .where(eq(dialogueRfi.id, rfiId));
    const respondents = await tx
      .select({ organisationId: dialogueRfiResponse.organisationId })
      .from(dialogueRfiResponse)
      .where(eq(dialogueRfiResponse.rfiId, rfiId));
    const mails = await notifyCompanyMembers(tx, services, {
      organisationIds: respondents.map((row) => row.organisationId),
      planId: rfi.planId,
      path: `/plans/${rfi.planId}/rfi/${rfiId}`,
      compose: (locale, planTitle) => {
        const { t } = getI18n(locale);
        const values = { rfi: pickText(rfi.title, locale), plan: planTitle };
        return {
          subject: t("rfi.mail.summarySubject", values),
          message: t("rfi.mail.summaryMessage", values),
        };
      },
    });
    await recordDialogueStep(tx, {
      planId: rfi.planId,
      kind: "rfi.summary-published",
      audience: "public",
      subjectId: rfiId,
      summary: {
        languages: Object.keys(summary),
        republished: rfi.summaryPublishedAt !== null,
        responses: respondents.length,
        mails,
      },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.rfi.publish-summary",
      entityType: "rfi",
      entityId: rfiId,
      summary: { planId: rfi.planId },
      requestId,
    });
    return { ok: true };
  });
}
