import { eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { inBuyerRfiTransaction, type RfiChangeResult } from "./rfi-buyer-transaction.server.ts";
import type { RfiInput } from "./rfi-schemas.ts";
import { dialogueRfi } from "./rfi-tables.ts";

/**
 * Changes a draft request's title and introduction (once opened, every company has been told what it
 * asks, so they stay). Audited with the earlier texts.
 */
export async function updateRfiTexts({
  services,
  viewer,
  rfiId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  rfiId: string;
  input: RfiInput;
  requestId?: string;
}): Promise<RfiChangeResult> {
  return inBuyerRfiTransaction(services.database.db, viewer, rfiId, async (tx, { rfi, plan, viewer }) => {
    if (rfi.state !== "draft") return { ok: false, error: "wrongState" };
    await tx
      .update(dialogueRfi)
      .set({ title: input.title, intro: input.intro })
      .where(eq(dialogueRfi.id, rfiId));
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.rfi.update-texts",
      entityType: "rfi",
      entityId: rfiId,
      summary: { before: { title: rfi.title, intro: rfi.intro } },
      requestId,
    });
    return { ok: true };
  });
}
