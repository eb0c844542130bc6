import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { canViewPlan, findPlanForDialogue } from "../plans/index.server.ts";
import { findQuestionState } from "./answer-question.server.ts";
import { questionDeclinedMail } from "./dialogue-mail.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { canManageDialogue } from "./policy.ts";
import type { DeclineQuestionInput } from "./questions-schemas.ts";
import { dialogueQuestion } from "./questions-tables.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type DeclineQuestionResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * The buyer declines an open question (a duplicate, or not about this plan): nothing is published and
 * the asking company is told why. Audited and recorded.
 */
export async function declineQuestion({
  services,
  viewer,
  questionId,
  planId,
  input,
  requestId,
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  questionId: string;
  /** The plan the page is about: a question of another plan is not found. */
  planId?: string;
  input: DeclineQuestionInput;
  requestId?: string;
}): Promise<DeclineQuestionResult> {
  const { db } = services.database;
  const found = await findQuestionState(db, questionId);
  const plan = found && (await findPlanForDialogue(db, found.planId));
  if (!found || !plan || !canViewPlan(viewer, plan) || (planId !== undefined && found.planId !== planId))
    throw new AppError("not_found");
  if (!viewer || !canManageDialogue(viewer, plan)) throw new AppError("forbidden");
  return db.transaction(async (tx): Promise<DeclineQuestionResult> => {
    const [question] = await tx
      .select()
      .from(dialogueQuestion)
      .where(eq(dialogueQuestion.id, questionId))
      .for("update");
    if (!question) throw new AppError("not_found");
    if (question.state !== "open") return { ok: false, errors: { form: "questions.errors.notOpen" } };
    await tx
      .update(dialogueQuestion)
      .set({ state: "declined", declineReason: input.reason, answeredBy: viewer.userId })
      .where(eq(dialogueQuestion.id, questionId));
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.question.decline",
      entityType: "dialogue-question",
      entityId: questionId,
      summary: { planId: question.planId, reason: input.reason },
      requestId,
    });
    if (question.organisationId)
      await notifyCompanyMembers(tx, services, {
        organisationIds: [question.organisationId],
        planId: question.planId,
        path: `/plans/${question.planId}#questions`,
        compose: (locale, planTitle) =>
          questionDeclinedMail[locale]({ planTitle, question: question.question, reason: input.reason }),
      });
    await recordDialogueStep(tx, {
      planId: question.planId,
      kind: "question.rejected",
      audience: "company",
      subjectId: questionId,
      organisationId: question.organisationId,
      actorId: viewer.userId,
    });
    return { ok: true };
  });
}
