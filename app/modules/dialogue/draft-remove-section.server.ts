import { and, eq, gt, sql } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import type { DraftSectionResult } from "./draft-add-section.server.ts";
import { changeDraftAsBuyer } from "./draft-rows.server.ts";
import { dialogueDraftSection } from "./draft-tables.ts";

/** Removes a section while the draft is still being built; the ones after it move up one place. */
export async function removeDraftSection({
  services,
  viewer,
  draftId,
  sectionId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  draftId: string;
  sectionId: string;
  requestId?: string;
}): Promise<DraftSectionResult> {
  return changeDraftAsBuyer(services, viewer, draftId, async (tx, { draft, plan, viewer }) => {
    if (draft.state !== "draft") return { ok: false, error: "wrongState" };
    const [removed] = await tx
      .delete(dialogueDraftSection)
      .where(and(eq(dialogueDraftSection.id, sectionId), eq(dialogueDraftSection.draftId, draftId)))
      .returning({ position: dialogueDraftSection.position, heading: dialogueDraftSection.heading });
    if (!removed) return { ok: false, error: "wrongState" };
    await tx
      .update(dialogueDraftSection)
      .set({ position: sql`${dialogueDraftSection.position} - 1` })
      .where(
        and(eq(dialogueDraftSection.draftId, draftId), gt(dialogueDraftSection.position, removed.position)),
      );
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.draft.remove-section",
      entityType: "dialogue-draft",
      entityId: draftId,
      summary: { planId: draft.planId, sectionId, heading: removed.heading },
      requestId,
    });
    return { ok: true, sectionId };
  });
}
