import { eq } from "drizzle-orm";
import type { Tx } from "../../db/types.ts";
import { recordAudit } from "../audit/index.server.ts";
import { appendVersion, diffSnapshots, loadPlanSnapshot } from "./plan-record.server.ts";
import type { PlanSnapshot } from "./plan-snapshot.ts";
import { plansPlan } from "./tables.ts";

/**
 * What adding or removing an attachment does to its plan, in the command's transaction: the plan counts
 * as changed (updated_at, so open data's Last-Modified and OCDS release ids move), a public plan gets a
 * public version naming the attachments as changed, and the audit log gets the entry.
 */
export async function recordAttachmentChange(
  tx: Tx,
  {
    plan,
    before,
    actorId,
    action,
    attachmentId,
    summary,
    requestId,
  }: {
    plan: { id: string; organisationId: string; visibility: string };
    before: PlanSnapshot;
    actorId: string | null;
    action: "plans.attachment-add" | "plans.attachment-remove";
    attachmentId: string;
    summary: Record<string, unknown>;
    requestId?: string;
  },
) {
  await tx.update(plansPlan).set({ updatedAt: new Date() }).where(eq(plansPlan.id, plan.id));
  if (plan.visibility === "public") {
    const after = await loadPlanSnapshot(tx, plan.id);
    const changes = diffSnapshots(before, after);
    if (Object.keys(changes).length > 0)
      await appendVersion(tx, { planId: plan.id, actorId, reason: null, changes, snapshot: after });
  }
  await recordAudit(tx, {
    actorId,
    organisationId: plan.organisationId,
    action,
    entityType: "plan-attachment",
    entityId: attachmentId,
    summary: { planId: plan.id, ...summary },
    requestId,
  });
}
