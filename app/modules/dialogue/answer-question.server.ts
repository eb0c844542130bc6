import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { listInterestedCompanyIds } from "../interest/index.server.ts";
import { canViewPlan, findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { notifyWatchersOfDialogue } from "../watches/index.server.ts";
import { answerPublishedMail } from "./dialogue-mail.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { canManageDialogue } from "./policy.ts";
import type { AnswerQuestionInput } from "./questions-schemas.ts";
import { dialogueQuestion } from "./questions-tables.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type AnswerQuestionResult = { ok: true } | { ok: false; errors: Record<string, string> };

/** The question's plan and state, for the commands that decide on it. */
export async function findQuestionState(db: Services["database"]["db"], questionId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(questionId)) return null;
  const [row] = await db
    .select({ id: dialogueQuestion.id, planId: dialogueQuestion.planId, state: dialogueQuestion.state })
    .from(dialogueQuestion)
    .where(eq(dialogueQuestion.id, questionId));
  return row ?? null;
}

/**
 * The buyer answers a question: question (as asked, or in the buyer's neutral wording) and answer are
 * published together to everyone, in one transaction with the e-mails that say so. Watches that match
 * the plan get an "answer published" notification (instant or in the digest, as each watch says); the
 * interested companies and the asking company are e-mailed, nobody twice. The original wording stays in
 * the audit log. Only an open question on a public plan can be answered, once.
 */
export async function answerQuestion({
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
  input: AnswerQuestionInput;
  requestId?: string;
}): Promise<AnswerQuestionResult> {
  const { db } = services.database;
  const found = await findQuestionState(db, questionId);
  const plan = found && (await findPlanForDialogue(db, found.planId));
  if (!found || !plan || !canViewPlan(viewer, plan) || (planId !== undefined && found.planId !== planId))
    throw new AppError("not_found");
  if (!viewer || !canManageDialogue(viewer, plan)) throw new AppError("forbidden");
  return db.transaction(async (tx): Promise<AnswerQuestionResult> => {
    const [question] = await tx
      .select()
      .from(dialogueQuestion)
      .where(eq(dialogueQuestion.id, questionId))
      .for("update");
    if (!question) throw new AppError("not_found");
    if (question.state !== "open") return { ok: false, errors: { form: "questions.errors.notOpen" } };
    const current = await lockPlanForDialogue(tx, question.planId);
    if (!current || current.visibility !== "public" || current.archivedAt !== null)
      return { ok: false, errors: { form: "questions.errors.planNotPublic" } };
    const published = input.publishedQuestion ?? question.question;
    const now = new Date();
    await tx
      .update(dialogueQuestion)
      .set({
        state: "published",
        publishedQuestion: published,
        answer: input.answer,
        answeredBy: viewer.userId,
        publishedAt: now,
      })
      .where(eq(dialogueQuestion.id, questionId));
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.question.answer",
      entityType: "dialogue-question",
      entityId: questionId,
      // The original wording is kept for the record when the published one differs.
      summary: {
        planId: question.planId,
        reworded: published !== question.question,
        ...(published !== question.question ? { original: question.question } : {}),
      },
      requestId,
    });
    const watchers = await notifyWatchersOfDialogue(tx, {
      planId: question.planId,
      event: "answer-published",
      subjectId: questionId,
    });
    const companies = await listInterestedCompanyIds(tx, question.planId);
    const mails = await notifyCompanyMembers(tx, services, {
      organisationIds: [...companies, ...(question.organisationId ? [question.organisationId] : [])],
      except: watchers,
      planId: question.planId,
      path: `/plans/${question.planId}#questions`,
      compose: (locale, planTitle) =>
        answerPublishedMail[locale]({ planTitle, question: published, answer: input.answer }),
    });
    await recordDialogueStep(tx, {
      planId: question.planId,
      kind: "question.answered",
      audience: "public",
      subjectId: questionId,
      summary: { watchers: watchers.length, mails, companies: companies.length },
      actorId: viewer.userId,
    });
    return { ok: true };
  });
}
