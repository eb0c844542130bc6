import { and, eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { isUuid } from "./contact-rows.server.ts";
import type { SurveyAnswerInput } from "./record-schemas.ts";
import { recordDialogueStep } from "./record-step.server.ts";
import { dialogueSurveyAnswer, dialogueSurveyInvitation } from "./record-tables.ts";

export type AnswerSurveyResult = { ok: true } | { ok: false; error: "alreadyAnswered" };

/** Midnight UTC of a day: all a company's invitation says of when it answered. */
function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * A company invited to the survey answers it, once: its invitation row is locked and marked answered
 * in the transaction that stores the answer, so of two answers at once the second is refused. The
 * answer is stored without the company, the person or the invitation, and the record's step and the
 * audit entry name neither: the buyer sees only the counts and the free texts.
 */
export async function answerSurvey({
  services,
  viewer,
  planId,
  subjectId,
  input,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  subjectId: string;
  input: SurveyAnswerInput;
}): Promise<AnswerSurveyResult> {
  const company = actingCompanyOf(viewer);
  if (!company || !isUuid(planId) || !isUuid(subjectId)) throw new AppError("not_found");
  return services.database.db.transaction(async (tx): Promise<AnswerSurveyResult> => {
    const [invitation] = await tx
      .select()
      .from(dialogueSurveyInvitation)
      .where(
        and(
          eq(dialogueSurveyInvitation.planId, planId),
          eq(dialogueSurveyInvitation.subjectId, subjectId),
          eq(dialogueSurveyInvitation.organisationId, company.organisationId),
        ),
      )
      .for("update");
    if (!invitation) throw new AppError("not_found");
    if (invitation.answeredAt) return { ok: false, error: "alreadyAnswered" };
    await tx
      .update(dialogueSurveyInvitation)
      .set({ answeredAt: dayOf(new Date()) })
      .where(eq(dialogueSurveyInvitation.id, invitation.id));
    await tx.insert(dialogueSurveyAnswer).values({
      planId,
      subjectId,
      barriers: input.barriers,
      freeText: input.freeText ?? "",
    });
    await recordDialogueStep(tx, { planId, kind: "survey.answered", audience: "buyer", subjectId });
    await recordAudit(tx, {
      actorId: null,
      action: "dialogue.survey.answer",
      entityType: "survey",
      entityId: subjectId,
      summary: { planId },
    });
    return { ok: true };
  });
}
