import { and, eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import type { DraftSectionResult } from "./draft-add-section.server.ts";
import { changeDraftAsBuyer } from "./draft-rows.server.ts";
import { dialogueDraftSection } from "./draft-tables.ts";

/**
 * Moves a section one place up or down (a form button each, so it works without JavaScript) while the
 * draft is still being built. At the top or the bottom it stays where it is.
 */
export async function moveDraftSection({
  services,
  viewer,
  draftId,
  sectionId,
  direction,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  draftId: string;
  sectionId: string;
  direction: "up" | "down";
  requestId?: string;
}): Promise<DraftSectionResult> {
  return changeDraftAsBuyer(services, viewer, draftId, async (tx, { draft, plan, viewer }) => {
    if (draft.state !== "draft") return { ok: false, error: "wrongState" };
    const sections = await tx
      .select({ id: dialogueDraftSection.id, position: dialogueDraftSection.position })
      .from(dialogueDraftSection)
      .where(eq(dialogueDraftSection.draftId, draftId))
      .orderBy(dialogueDraftSection.position);
    const index = sections.findIndex((section) => section.id === sectionId);
    if (index < 0) return { ok: false, error: "wrongState" };
    const moving = sections[index];
    const other = sections[direction === "up" ? index - 1 : index + 1];
    if (!moving || !other) return { ok: true, sectionId };
    // The draft's row is locked for update, so no other change to its sections runs meanwhile.
    const setPosition = (id: string, position: number) =>
      tx
        .update(dialogueDraftSection)
        .set({ position })
        .where(and(eq(dialogueDraftSection.id, id), eq(dialogueDraftSection.draftId, draftId)));
    await setPosition(moving.id, other.position);
    await setPosition(other.id, moving.position);
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.draft.move-section",
      entityType: "dialogue-draft",
      entityId: draftId,
      summary: { planId: draft.planId, sectionId, direction },
      requestId,
    });
    return { ok: true, sectionId };
  });
}
