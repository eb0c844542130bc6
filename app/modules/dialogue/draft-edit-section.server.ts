import { and, eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import type { DraftSectionResult } from "./draft-add-section.server.ts";
import { changeDraftAsBuyer } from "./draft-rows.server.ts";
import type { DraftSectionInput } from "./draft-schemas.ts";
import { dialogueDraftSection } from "./draft-tables.ts";

/** Rewrites a section's heading and text while the draft is still being built. */
export async function editDraftSection({
  services,
  viewer,
  draftId,
  sectionId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  draftId: string;
  sectionId: string;
  input: DraftSectionInput;
  requestId?: string;
}): Promise<DraftSectionResult> {
  return changeDraftAsBuyer(services, viewer, draftId, async (tx, { draft, plan, viewer }) => {
    if (draft.state !== "draft") return { ok: false, error: "wrongState" };
    const updated = await tx
      .update(dialogueDraftSection)
      .set({ heading: input.heading, body: input.body })
      .where(and(eq(dialogueDraftSection.id, sectionId), eq(dialogueDraftSection.draftId, draftId)))
      .returning({ id: dialogueDraftSection.id });
    if (updated.length === 0) return { ok: false, error: "wrongState" };
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.draft.edit-section",
      entityType: "dialogue-draft",
      entityId: draftId,
      summary: { planId: draft.planId, sectionId },
      requestId,
    });
    return { ok: true, sectionId };
  });
}
