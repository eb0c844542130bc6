import { count, eq } from "drizzle-orm";
import type { Tx } from "../../db/types.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { inviteNonParticipantsToSurvey } from "./invite-to-survey.server.ts";
import { recordDialogueStep } from "./record-step.server.ts";
import { inBuyerRfiTransaction, type RfiChangeResult } from "./rfi-buyer-transaction.server.ts";
import type { RfiRow } from "./rfi-rows.server.ts";
import { dialogueRfi, dialogueRfiResponse } from "./rfi-tables.ts";

type SurveyServices = Pick<Services, "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };

/**
 * Marks an open request closed in the caller's transaction (the request's row locked for update) and
 * records it for the market with the number of responses, never which companies. `closedAt` is set
 * only when the buyer closes before the period ends. The companies that followed the plan but did not
 * respond are asked why (issue 13 point 7).
 */
export async function markRfiClosed(
  tx: Tx,
  services: SurveyServices,
  rfi: RfiRow,
  actorId: string,
  now = new Date(),
): Promise<number> {
  const early = rfi.closesAt !== null && now.getTime() < rfi.closesAt.getTime();
  await tx
    .update(dialogueRfi)
    .set({ state: "closed", ...(early ? { closedAt: now, closesAt: now } : {}) })
    .where(eq(dialogueRfi.id, rfi.id));
  const [responses] = await tx
    .select({ value: count() })
    .from(dialogueRfiResponse)
    .where(eq(dialogueRfiResponse.rfiId, rfi.id));
  const total = Number(responses?.value ?? 0);
  await recordDialogueStep(tx, {
    planId: rfi.planId,
    kind: "rfi.closed",
    audience: "market",
    subjectId: rfi.id,
    summary: { responses: total, early },
    actorId,
  });
  await inviteNonParticipantsToSurvey({ tx, services, planId: rfi.planId, subjectId: rfi.id, actorId });
  return total;
}

/**
 * The buyer closes an open request now: no more responses, whatever its closing time said. Waits for
 * the responses being saved (they hold the request's row in share mode); a save after this is refused.
 */
export async function closeRfi({
  services,
  viewer,
  rfiId,
  requestId,
}: {
  services: Pick<Services, "database"> & SurveyServices;
  viewer: Viewer | null;
  rfiId: string;
  requestId?: string;
}): Promise<RfiChangeResult> {
  return inBuyerRfiTransaction(services.database.db, viewer, rfiId, async (tx, { rfi, plan, viewer }) => {
    if (rfi.state !== "open") return { ok: false, error: "wrongState" };
    const responses = await markRfiClosed(tx, services, rfi, viewer.userId);
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.rfi.close",
      entityType: "rfi",
      entityId: rfiId,
      summary: { planId: rfi.planId, responses },
      requestId,
    });
    return { ok: true };
  });
}
