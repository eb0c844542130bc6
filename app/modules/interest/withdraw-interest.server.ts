import { and, eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { canViewPlan, findPlanForInterest } from "../plans/index.server.ts";
import { actingCompanyOf } from "./policy.ts";
import { interestPlanCompany } from "./tables.ts";

/**
 * Withdraws the viewer's company's interest; audited when there was one. Works also after the plan has
 * stopped being public, so a company can always take its name back.
 */
export async function withdrawInterest({
  services,
  viewer,
  planId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  requestId?: string;
}): Promise<{ withdrawn: boolean }> {
  const { db } = services.database;
  const plan = await findPlanForInterest(db, planId);
  const company = actingCompanyOf(viewer);
  if (!plan) throw new AppError("not_found");
  if (!viewer || !company) throw new AppError(canViewPlan(viewer, plan) ? "forbidden" : "not_found");
  const organisationId = company.organisationId;
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(interestPlanCompany)
      .where(
        and(eq(interestPlanCompany.planId, planId), eq(interestPlanCompany.organisationId, organisationId)),
      )
      .returning({ planId: interestPlanCompany.planId });
    if (removed.length === 0) {
      if (!canViewPlan(viewer, plan)) throw new AppError("not_found");
      return { withdrawn: false };
    }
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId,
      action: "interest.withdraw",
      entityType: "plan",
      entityId: planId,
      requestId,
    });
    return { withdrawn: true };
  });
}
