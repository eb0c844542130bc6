import { count, eq, max } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { inBuyerRfiTransaction, type RfiChangeResult } from "./rfi-buyer-transaction.server.ts";
import { maxRfiQuestions, type RfiQuestionInput } from "./rfi-schemas.ts";
import { dialogueRfiQuestion } from "./rfi-tables.ts";

/** Adds a question at the end of a draft request's questionnaire (at most maxRfiQuestions). Audited. */
export async function addRfiQuestion({
  services,
  viewer,
  rfiId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  rfiId: string;
  input: RfiQuestionInput;
  requestId?: string;
}): Promise<RfiChangeResult> {
  return inBuyerRfiTransaction(services.database.db, viewer, rfiId, async (tx, { rfi, plan, viewer }) => {
    if (rfi.state !== "draft") return { ok: false, error: "wrongState" };
    const [existing] = await tx
      .select({ count: count(), last: max(dialogueRfiQuestion.position) })
      .from(dialogueRfiQuestion)
      .where(eq(dialogueRfiQuestion.rfiId, rfiId));
    if (Number(existing?.count ?? 0) >= maxRfiQuestions) return { ok: false, error: "tooManyQuestions" };
    const [question] = await tx
      .insert(dialogueRfiQuestion)
      .values({
        rfiId,
        position: Number(existing?.last ?? 0) + 1,
        kind: input.kind,
        text: input.text,
        options: input.options,
        required: input.required,
      })
      .returning({ id: dialogueRfiQuestion.id });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.rfi.add-question",
      entityType: "rfi",
      entityId: rfiId,
      summary: { questionId: question?.id, kind: input.kind },
      requestId,
    });
    return { ok: true };
  });
}
