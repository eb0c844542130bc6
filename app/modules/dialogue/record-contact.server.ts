import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPlanForDialogue, lockPlanForDialogue } from "../plans/index.server.ts";
import { isCompany } from "./contact-rows.server.ts";
import { canManageDialogue } from "./policy.ts";
import type { ContactInput } from "./record-schemas.ts";
import { recordDialogueStep } from "./record-step.server.ts";
import { dialogueContact } from "./record-tables.ts";

export type ContactChangeResult =
  | { ok: true; contactId: string }
  | { ok: false; errors: Record<string, string> };

/** The columns a contact's form writes. */
export function contactValues(input: ContactInput) {
  return {
    kind: input.kind,
    occurredAt: input.occurredAt,
    organisationId: input.organisationId,
    organisationName: input.organisationName ?? null,
    ourParticipants: input.ourParticipants ?? "",
    theirParticipants: input.theirParticipants ?? "",
    sharedMaterial: input.sharedMaterial ?? "",
    isSharedMaterialPublic: input.isSharedMaterialPublic,
    conflictOfInterest: input.conflictOfInterest ?? "",
    publicSummary: input.publicSummary ?? null,
  };
}

/**
 * The plan's buyer puts a pre-market contact on record (a meeting, call, visit …): who met whom, when,
 * what was shared, conflicts of interest declared. Recorded as a buyer-only dialogue step (the public
 * version counts contacts and shows only their kind, date and public one-liner) and audited without
 * the confidential texts.
 */
export async function recordContact({
  services,
  viewer,
  planId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  input: ContactInput;
  requestId?: string;
}): Promise<ContactChangeResult> {
  const { db } = services.database;
  const plan = await findPlanForDialogue(db, planId);
  if (!plan || !viewer || !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  if (input.organisationId && !(await isCompany(db, input.organisationId)))
    return { ok: false, errors: { organisationId: "record.errors.organisation" } };
  return db.transaction(async (tx): Promise<ContactChangeResult> => {
    const current = await lockPlanForDialogue(tx, planId);
    if (!current || !canManageDialogue(viewer, current)) throw new AppError("conflict");
    const [row] = await tx
      .insert(dialogueContact)
      .values({ planId, ...contactValues(input), createdBy: viewer.userId, updatedBy: viewer.userId })
      .returning({ id: dialogueContact.id });
    if (!row) throw new Error("The contact insert returned no row");
    await recordDialogueStep(tx, {
      planId,
      kind: "contact.recorded",
      audience: "buyer",
      subjectId: row.id,
      organisationId: input.organisationId,
      summary: { contactKind: input.kind, sharesMaterial: Boolean(input.sharedMaterial) },
      actorId: viewer.userId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: current.organisationId,
      action: "dialogue.contact.record",
      entityType: "contact",
      entityId: row.id,
      summary: { planId, kind: input.kind },
      requestId,
    });
    return { ok: true, contactId: row.id };
  });
}
