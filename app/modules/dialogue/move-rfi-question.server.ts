import { and, eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { inBuyerRfiTransaction, type RfiChangeResult } from "./rfi-buyer-transaction.server.ts";
import { listRfiQuestions } from "./rfi-rows.server.ts";
import { dialogueRfiQuestion } from "./rfi-tables.ts";

/**
 * Moves a question of a draft request one place up or down (swapping places with its neighbour); at
 * either end nothing moves. The request's row lock keeps two moves from crossing. Audited.
 */
export async function moveRfiQuestion({
  services,
  viewer,
  rfiId,
  questionId,
  direction,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  rfiId: string;
  questionId: string;
  direction: "up" | "down";
  requestId?: string;
}): Promise<RfiChangeResult> {
  return inBuyerRfiTransaction(services.database.db, viewer, rfiId, async (tx, { rfi, plan, viewer }) => {
    if (rfi.state !== "draft") return { ok: false, error: "wrongState" };
    const questions = await listRfiQuestions(tx, rfiId);
    const index = questions.findIndex((question) => question.id === questionId);
    const other = questions[direction === "up" ? index - 1 : index + 1];
    const moving = questions[index];
    if (!moving || !other) return { ok: true };
    const setPosition = (id: string, position: number) =>
      tx
        .update(dialogueRfiQuestion)
        .set({ position })
        .where(and(eq(dialogueRfiQuestion.id, id), eq(dialogueRfiQuestion.rfiId, rfiId)));
    await setPosition(moving.id, other.position);
    await setPosition(other.id, moving.position);
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.rfi.move-question",
      entityType: "rfi",
      entityId: rfiId,
      summary: { questionId, direction },
      requestId,
    });
    return { ok: true };
  });
}
