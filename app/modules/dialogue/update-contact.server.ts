import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { findContact, isCompany, lockContact } from "./contact-rows.server.ts";
import { canManageDialogue } from "./policy.ts";
import { type ContactChangeResult, contactValues } from "./record-contact.server.ts";
import type { ContactInput } from "./record-schemas.ts";
import { recordDialogueStep } from "./record-step.server.ts";
import { dialogueContact } from "./record-tables.ts";

/** The plan's buyer corrects a contact on record; the change is a step of its own in the record. */
export async function updateContact({
  services,
  viewer,
  contactId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  contactId: string;
  input: ContactInput;
  requestId?: string;
}): Promise<ContactChangeResult> {
  const { db } = services.database;
  const contact = await findContact(db, contactId);
  const plan = contact ? await findPlanForDialogue(db, contact.planId) : null;
  if (!contact || !plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  if (input.organisationId && !(await isCompany(db, input.organisationId)))
    return { ok: false, errors: { organisationId: "record.errors.organisation" } };
  return db.transaction(async (tx): Promise<ContactChangeResult> => {
    const current = await lockPlanForDialogue(tx, contact.planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    if (!(await lockContact(tx, contactId))) throw new AppError("not_found");
    await tx
      .update(dialogueContact)
      .set({ ...contactValues(input), updatedBy: viewer.userId, updatedAt: new Date() })
      .where(eq(dialogueContact.id, contactId));
    await recordDialogueStep(tx, {
      planId: contact.planId,
      kind: "contact.updated",
      audience: "buyer",
      subjectId: contactId,
      organisationId: input.organisationId,
      summary: { contactKind: input.kind, sharesMaterial: Boolean(input.sharedMaterial) },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.contact.update",
      entityType: "contact",
      entityId: contactId,
      summary: { planId: contact.planId, kind: input.kind },
      requestId,
    });
    return { ok: true, contactId };
  });
}
