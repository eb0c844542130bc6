import { count, eq, max } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { changeDraftAsBuyer } from "./draft-rows.server.ts";
import { type DraftSectionInput, maxDraftSections } from "./draft-schemas.ts";
import { dialogueDraftSection } from "./draft-tables.ts";

export type DraftSectionResult = { ok: true; sectionId: string } | { ok: false; error: DraftChangeError };
export type DraftChangeError = "wrongState" | "tooManySections" | "noSections" | "planNotPublic" | "closed";

/** Adds a section at the end of a draft that is still being built (not yet open for comment). */
export async function addDraftSection({
  services,
  viewer,
  draftId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  draftId: string;
  input: DraftSectionInput;
  requestId?: string;
}): Promise<DraftSectionResult> {
  return changeDraftAsBuyer(services, viewer, draftId, async (tx, { draft, plan, viewer }) => {
    if (draft.state !== "draft") return { ok: false, error: "wrongState" };
    const [last] = await tx
      .select({ total: count(), position: max(dialogueDraftSection.position) })
      .from(dialogueDraftSection)
      .where(eq(dialogueDraftSection.draftId, draftId));
    if (Number(last?.total ?? 0) >= maxDraftSections) return { ok: false, error: "tooManySections" };
    const [section] = await tx
      .insert(dialogueDraftSection)
      .values({
        draftId,
        position: Number(last?.position ?? 0) + 1,
        heading: input.heading,
        body: input.body,
      })
      .returning({ id: dialogueDraftSection.id });
    if (!section) throw new Error("The section insert returned no row");
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: plan.organisationId,
      action: "dialogue.draft.add-section",
      entityType: "dialogue-draft",
      entityId: draftId,
      summary: { planId: draft.planId, sectionId: section.id },
      requestId,
    });
    return { ok: true, sectionId: section.id };
  });
}
