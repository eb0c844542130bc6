import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { recordAudit } from "../audit/record-audit.server.ts";
import { assertAllowed } from "../organisations/policy.ts";
import { canEditPlansOf } from "./policy.ts";
import { plansPlan } from "./tables.ts";

/**
 * Archives a plan: it leaves the workspace list and every public output (publicPlansOnly), its rows and
 * versions stay. Archiving twice changes nothing. Audited.
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
  const { db } = services.database;
  const [plan] = await db.select().from(plansPlan).where(eq(plansPlan.id, planId));
  if (!plan) throw new AppError("not_found");
  assertAllowed(canEditPlansOf(viewer, plan.organisationId));
  if (plan.archivedAt) return;
  await db.transaction(async (tx) => {
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
