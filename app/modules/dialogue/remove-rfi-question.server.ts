import { and, eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { inBuyerRfiTransaction, type RfiChangeResult } from "./rfi-buyer-transaction.server.ts";
import { dialogueRfiQuestion } from "./rfi-tables.ts";

/**
 * Removes a question from a draft request (once opened, the questionnaire is what companies answer and
 * stays as it is). The page asks for confirmation first. Audited with the removed question's text.
 */
export async function removeRfiQuestion({
  services,
  viewer,
  rfiId,
  questionId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  rfiId: string;
  questionId: string;
  requestId?: string;
}): Promise<RfiChangeResult> {
  return inBuyerRfiTransaction(services.database.db, viewer, rfiId, async (tx, { rfi, plan, viewer }) => {
    if (rfi.state !== "draft") return { ok: false, error: "wrongState" };
    const [removed] = await tx
      .delete(dialogueRfiQuestion)
      .where(and(eq(dialogueRfiQuestion.id, questionId), eq(dialogueRfiQuestion.rfiId, rfiId)))
      .returning({ kind: dialogueRfiQuestion.kind, text: dialogueRfiQuestion.text });
    if (!removed) return { ok: true };
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.rfi.remove-question",
      entityType: "rfi",
      entityId: rfiId,
      summary: { questionId, kind: removed.kind, text: removed.text },
      requestId,
    });
    return { ok: true };
  });
}
