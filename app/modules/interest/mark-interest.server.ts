import { and, eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { canViewPlan, lockPlanForInterest } from "../plans/index.server.ts";
import { actingCompanyOf, canMarkInterest } from "./policy.ts";
import { interestPlanCompany } from "./tables.ts";

/**
 * Marks the viewer's company interested in a public plan, or updates its note; audited. A plan the
 * viewer cannot see is not found; a plan they see but that is not public refuses.
 */
export async function markInterest({
  services,
  viewer,
  planId,
  note,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  note?: string | undefined;
  requestId?: string;
}): Promise<{ organisationId: string }> {
  const { db } = services.database;
  return db.transaction(async (tx) => {
    // Decided on the plan as it is under a share lock, so that it is not pulled back in between (ADR 022).
    const plan = await lockPlanForInterest(tx, planId);
    if (!plan || !canViewPlan(viewer, plan)) throw new AppError("not_found");
    const company = actingCompanyOf(viewer);
    if (!viewer || !company || !canMarkInterest(viewer, plan)) throw new AppError("forbidden");
    const organisationId = company.organisationId;
    const [existing] = await tx
      .select({ planId: interestPlanCompany.planId })
      .from(interestPlanCompany)
      .where(
        and(eq(interestPlanCompany.planId, planId), eq(interestPlanCompany.organisationId, organisationId)),
      );
    const values = { note: note ?? null, markedBy: viewer.userId, updatedAt: new Date() };
    await tx
      .insert(interestPlanCompany)
      .values({ planId, organisationId, ...values })
      .onConflictDoUpdate({
        target: [interestPlanCompany.planId, interestPlanCompany.organisationId],
        set: values,
      });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId,
      action: existing ? "interest.update" : "interest.mark",
      entityType: "plan",
      entityId: planId,
      summary: { hasNote: Boolean(note), noteLength: note?.length ?? 0 },
      requestId,
    });
    return { organisationId };
  });
}
