import { eq } from "drizzle-orm";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { lockPlanForChange } from "./lock-plan.server.ts";
import { plansPlan } from "./tables.ts";

/**
 * Archives a plan: it leaves the workspace list and every public output (publicPlansOnly), its rows and
 * versions stay. Archiving twice changes nothing (decided with the plan row locked). Audited.
 */
export async function archivePlan({
  services,
  viewer,
  planId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  requestId?: string;
}): Promise<void> {
  await services.database.db.transaction(async (tx) => {
    const plan = await lockPlanForChange(tx, viewer, planId);
    if (plan.archivedAt) return;
    await tx.update(plansPlan).set({ archivedAt: new Date() }).where(eq(plansPlan.id, planId));
    await recordAudit(tx, {
      actorId: viewer?.userId ?? null,
      organisationId: plan.organisationId,
      action: "plans.archive",
      entityType: "plan",
      entityId: planId,
      summary: { title: plan.title.fi, visibility: plan.visibility },
      requestId,
    });
  });
}
