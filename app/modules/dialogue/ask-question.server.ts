import { and, count, eq, gt, sql } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { canViewPlan, findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { canTakePartInDialogue } from "./policy.ts";
import { type AskQuestionInput, maxQuestionsPerCompanyPerDay } from "./questions-schemas.ts";
import { dialoguePlanSettings, dialogueQuestion } from "./questions-tables.ts";
import { recordDialogueStep } from "./record-step.server.ts";

export type AskQuestionResult =
  | { ok: true; questionId: string }
  | { ok: false; errors: Record<string, string> };

/**
 * A company's question on a public plan: seen by the buyer and the asking company until the buyer
 * publishes it with its answer. Refused after the plan's question deadline, as a repeat of the same
 * question by the same person within a minute, and past the company's daily number on the plan.
 * Audited and recorded in the plan's dialogue record.
 */
export async function askQuestion({
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
  input: AskQuestionInput;
  requestId?: string;
  now?: Date;
}): Promise<AskQuestionResult> {
  const { db } = services.database;
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !canViewPlan(viewer, plan)) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  if (!viewer || !company || !canTakePartInDialogue(viewer, plan)) throw new AppError("forbidden");
  return db.transaction(async (tx): Promise<AskQuestionResult> => {
    // Decided again with the plan's row share-locked: it may have been withdrawn since it was read.
    const current = await lockPlanForDialogue(tx, planId);
    if (!current || !canTakePartInDialogue(viewer, current)) throw new AppError("conflict");
    // One company's questions on one plan are counted one at a time (a transaction-scoped lock), so
    // parallel posts cannot all pass the daily limit.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`dialogue-question:${planId}:${company.organisationId}`}))`,
    );
    const [settings] = await tx
      .select({ deadline: dialoguePlanSettings.questionDeadline })
      .from(dialoguePlanSettings)
      .where(eq(dialoguePlanSettings.planId, planId));
    if (settings?.deadline && now > settings.deadline)
      return { ok: false, errors: { question: "questions.errors.closed" } };
    const since = new Date(now.getTime() - 24 * 60 * 60 * 1000);
    const [recent] = await tx
      .select({
        total: count(),
        repeats: sql<number>`count(*) filter (where ${dialogueQuestion.askedBy} = ${viewer.userId} and ${dialogueQuestion.question} = ${input.question} and ${dialogueQuestion.createdAt} > ${new Date(now.getTime() - 60_000)})::int`,
      })
      .from(dialogueQuestion)
      .where(
        and(
          eq(dialogueQuestion.planId, planId),
          eq(dialogueQuestion.organisationId, company.organisationId),
          gt(dialogueQuestion.createdAt, since),
        ),
      );
    if ((recent?.repeats ?? 0) > 0) return { ok: false, errors: { question: "questions.errors.duplicate" } };
    if ((recent?.total ?? 0) >= maxQuestionsPerCompanyPerDay)
      return { ok: false, errors: { question: "questions.errors.tooMany" } };
    const [row] = await tx
      .insert(dialogueQuestion)
      .values({
        planId,
        organisationId: company.organisationId,
        askedBy: viewer.userId,
        question: input.question,
        showCompany: input.showCompany,
        createdAt: now,
      })
      .returning({ id: dialogueQuestion.id });
    if (!row) throw new Error("The question insert returned no row");
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: company.organisationId,
      action: "dialogue.question.ask",
      entityType: "dialogue-question",
      entityId: row.id,
      summary: { planId, length: input.question.length, showCompany: input.showCompany },
      requestId,
    });
    await recordDialogueStep(tx, {
      planId,
      kind: "question.asked",
      audience: "company",
      subjectId: row.id,
      organisationId: company.organisationId,
      actorId: viewer.userId,
    });
    return { ok: true, questionId: row.id };
  });
}
