import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { lockPlanToLink } from "../plans/index.server.ts";
import { canHandleInboxOf, canReadInboxOf } from "./policy.ts";
import { loadRecipient } from "./recipient-record.server.ts";
import type { RecipientStateInput } from "./schemas.ts";
import { presentationsRecipient } from "./tables.ts";

export type ChangeStateResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Sets the state a buyer organisation gives a presentation it received. Any state may follow any other;
 * `linked` names one of the organisation's own plans (not archived), the others clear the link.
 * Those who may not read the inbox get not_found; leadership, who read only, forbidden. Audited.
 */
export async function changeRecipientState({
  services,
  viewer,
  organisationId,
  recipientId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
  recipientId: string;
  input: RecipientStateInput;
  requestId?: string;
}): Promise<ChangeStateResult> {
  assertAllowed(canReadInboxOf(viewer, organisationId));
  const { db } = services.database;
  const recipient = await loadRecipient(db, recipientId);
  if (recipient.organisationId !== organisationId) throw new AppError("not_found");
  assertAllowed(canHandleInboxOf(viewer, organisationId));
  if (!viewer) throw new AppError("unauthenticated");
  return db.transaction(async (tx): Promise<ChangeStateResult> => {
    // The plan to link is checked under a share lock, so that it is not archived in between (ADR 022).
    const linkedPlanId =
      input.state === "linked"
        ? await lockPlanToLink(tx, { organisationId, planId: input.planId ?? "" })
        : null;
    if (input.state === "linked" && !linkedPlanId)
      return { ok: false, errors: { planId: "presentations.errors.linkPlan" } };
    await tx
      .update(presentationsRecipient)
      .set({ state: input.state, linkedPlanId, stateChangedAt: new Date(), stateChangedBy: viewer.userId })
      .where(eq(presentationsRecipient.id, recipientId));
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId,
      action: "presentations.state",
      entityType: "presentation-recipient",
      entityId: recipientId,
      summary: {
        from: recipient.state,
        to: input.state,
        linkedPlanId,
        presentationId: recipient.presentationId,
      },
      requestId,
    });
    return { ok: true };
  });
}
