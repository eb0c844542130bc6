import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { canManageDialogue } from "./policy.ts";
import type { RfiInput } from "./rfi-schemas.ts";
import { dialogueRfi } from "./rfi-tables.ts";

/**
 * The plan's buyer starts a request for information, as a draft to which questions are then added;
 * companies see it only once it is opened (openRfi). Audited; no dialogue step yet.
 */
export async function createRfi({
  services,
  viewer,
  planId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  input: RfiInput;
  requestId?: string;
}): Promise<{ rfiId: string }> {
  const { db } = services.database;
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const current = await lockPlanForDialogue(tx, planId);
    if (!current || !canManageDialogue(viewer, current) || current.archivedAt) throw new AppError("conflict");
    const [rfi] = await tx
      .insert(dialogueRfi)
      .values({ planId, title: input.title, intro: input.intro, createdBy: viewer.userId })
      .returning({ id: dialogueRfi.id });
    if (!rfi) throw new Error("The request insert returned no row");
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.rfi.create",
      entityType: "rfi",
      entityId: rfi.id,
      summary: { planId },
      requestId,
    });
    return { rfiId: rfi.id };
  });
}
