import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { findContact, lockContact } from "./contact-rows.server.ts";
import { canManageDialogue } from "./policy.ts";
import { recordDialogueStep } from "./record-step.server.ts";
import { dialogueContact } from "./record-tables.ts";

/**
 * The plan's buyer removes a contact entered by mistake (after confirming on the page). The record
 * keeps a step saying that a contact was removed, and the audit log its kind and date.
 */
export async function removeContact({
  services,
  viewer,
  contactId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  contactId: string;
  requestId?: string;
}): Promise<{ ok: true }> {
  const { db } = services.database;
  const contact = await findContact(db, contactId);
  const plan = contact ? await findPlanForDialogue(db, contact.planId) : null;
  if (!contact || !plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const current = await lockPlanForDialogue(tx, contact.planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    const locked = await lockContact(tx, contactId);
    if (!locked) throw new AppError("not_found");
    await tx.delete(dialogueContact).where(eq(dialogueContact.id, contactId));
    await recordDialogueStep(tx, {
      planId: contact.planId,
      kind: "contact.removed",
      audience: "buyer",
      subjectId: contactId,
      organisationId: locked.organisationId,
      summary: { contactKind: locked.kind },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.contact.remove",
      entityType: "contact",
      entityId: contactId,
      summary: { planId: contact.planId, kind: locked.kind, occurredAt: locked.occurredAt.toISOString() },
      requestId,
    });
    return { ok: true as const };
  });
}
