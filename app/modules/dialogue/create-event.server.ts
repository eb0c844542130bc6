import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import type { EventInput } from "./events-schemas.ts";
import { dialogueEvent } from "./events-tables.ts";
import { canManageDialogue } from "./policy.ts";

/**
 * The plan's buyer saves a new event as a draft: companies see it once it is published. Another
 * organisation's buyer, a company or the public are told the plan is not there.
 */
export async function createEvent({
  services,
  viewer,
  planId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  input: EventInput;
  requestId?: string;
}): Promise<{ ok: true; eventId: string }> {
  const { db } = services.database;
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const current = await lockPlanForDialogue(tx, planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    const [event] = await tx
      .insert(dialogueEvent)
      .values({ ...input, planId, organisationId: current.organisationId, createdBy: viewer.userId })
      .returning({ id: dialogueEvent.id });
    if (!event) throw new AppError("conflict");
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.event.create",
      entityType: "dialogue-event",
      entityId: event.id,
      summary: { planId, kind: input.kind, format: input.format, capacity: input.capacity },
      requestId,
    });
    return { ok: true as const, eventId: event.id };
  });
}
