import { count, eq } from "drizzle-orm";
import { formatDate } from "../../i18n/format.ts";
import { getI18n } from "../../i18n/i18n.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { isOpenToCompanies, listInterestedCompanyIds } from "../interest/index.server.ts";
import { notifyWatchersOfDialogue } from "../watches/index.server.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { recordDialogueStep } from "./record-step.server.ts";
import { inBuyerRfiTransaction, type RfiChangeResult } from "./rfi-buyer-transaction.server.ts";
import { dialogueRfi, dialogueRfiQuestion } from "./rfi-tables.ts";

/** A request is open for at least this long, so that no company is left out by a short window. */
export const minRfiOpenMs = 60 * 60 * 1000;

/**
 * Opens a draft request to every company at the same moment until `closesAt`: it must have at least
 * one question and the plan must be public and open. The plan's watchers (their watch's "market
 * dialogue opened" event) and every interested company are told in the same transaction; recorded for
 * the market in the dialogue record.
 */
export async function openRfi({
  services,
  viewer,
  rfiId,
  closesAt,
  requestId,
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  rfiId: string;
  closesAt: Date;
  requestId?: string;
}): Promise<RfiChangeResult> {
  return inBuyerRfiTransaction(services.database.db, viewer, rfiId, async (tx, { rfi, plan, viewer }) => {
    if (!isOpenToCompanies(plan)) return { ok: false, error: "planNotPublic" };
    if (rfi.state !== "draft") return { ok: false, error: "wrongState" };
    const opensAt = new Date();
    if (closesAt.getTime() < opensAt.getTime() + minRfiOpenMs) return { ok: false, error: "closesInPast" };
    const [questions] = await tx
      .select({ value: count() })
      .from(dialogueRfiQuestion)
      .where(eq(dialogueRfiQuestion.rfiId, rfiId));
    if (Number(questions?.value ?? 0) === 0) return { ok: false, error: "noQuestions" };
    await tx.update(dialogueRfi).set({ state: "open", opensAt, closesAt }).where(eq(dialogueRfi.id, rfiId));
    const watchers = await notifyWatchersOfDialogue(tx, {
      planId: rfi.planId,
      event: "dialogue-opened",
      subjectId: rfiId,
    });
    const companies = await listInterestedCompanyIds(tx, rfi.planId);
    const mails = await notifyCompanyMembers(tx, services, {
      organisationIds: companies,
      except: watchers,
      planId: rfi.planId,
      path: `/plans/${rfi.planId}/rfi/${rfiId}`,
      compose: (locale, planTitle) => {
        const { t } = getI18n(locale);
        const values = {
          rfi: pickText(rfi.title, locale),
          plan: planTitle,
          closes: formatDate(locale, closesAt, true),
        };
        return { subject: t("rfi.mail.openedSubject", values), message: t("rfi.mail.openedMessage", values) };
      },
    });
    await recordDialogueStep(tx, {
      planId: rfi.planId,
      kind: "rfi.opened",
      audience: "market",
      subjectId: rfiId,
      summary: {
        questions: Number(questions?.value ?? 0),
        closesAt: closesAt.toISOString(),
        watchers: watchers.length,
        mails,
        companies: companies.length,
      },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.rfi.open",
      entityType: "rfi",
      entityId: rfiId,
      summary: { planId: rfi.planId, closesAt: closesAt.toISOString() },
      requestId,
    });
    return { ok: true };
  });
}
