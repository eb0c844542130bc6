import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { canViewPlan, findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { canManageDialogue } from "./policy.ts";
import type { QuestionDeadlineInput } from "./questions-schemas.ts";
import { dialoguePlanSettings } from "./questions-tables.ts";
import { recordDialogueStep } from "./record-step.server.ts";

/** The buyer sets (or clears) the last moment companies may ask questions on the plan. Audited and recorded. */
export async function setQuestionDeadline({
  services,
  viewer,
  planId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  input: QuestionDeadlineInput;
  requestId?: string;
}): Promise<{ ok: true }> {
  const { db } = services.database;
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !canViewPlan(viewer, plan)) throw new AppError("not_found");
  if (!viewer || !canManageDialogue(viewer, plan)) throw new AppError("forbidden");
  return db.transaction(async (tx) => {
    const current = await lockPlanForDialogue(tx, planId);
    if (!current) throw new AppError("not_found");
    await tx
      .insert(dialoguePlanSettings)
      .values({ planId, questionDeadline: input.deadline, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: dialoguePlanSettings.planId,
        set: { questionDeadline: input.deadline, updatedAt: new Date() },
      });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.question-deadline.set",
      entityType: "plan",
      entityId: planId,
      summary: { deadline: input.deadline?.toISOString() ?? null },
      requestId,
    });
    await recordDialogueStep(tx, {
      planId,
      kind: "question-deadline.set",
      audience: "public",
      summary: { deadline: input.deadline?.toISOString() ?? null },
      actorId: viewer.userId,
    });
    return { ok: true as const };
  });
}
