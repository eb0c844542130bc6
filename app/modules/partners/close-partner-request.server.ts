import { and, eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPartnerRequest } from "./find-partner-request.server.ts";
import { canManagePartnerRequest, canSeePartnerRequest } from "./policy.ts";
import { partnersRequest } from "./tables.ts";

/**
 * Closes a partner request: it leaves the plan page and takes no new contacts; its threads stay open for
 * the companies already in them. Only the posting company. Closing twice is a no-op.
 */
export async function closePartnerRequest({
  services,
  viewer,
  partnerRequestId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  partnerRequestId: string;
  requestId?: string;
}): Promise<{ closed: boolean }> {
  const { db } = services.database;
  const request = await findPartnerRequest(db, partnerRequestId);
  if (!request || !canSeePartnerRequest(viewer, request, request.plan)) throw new AppError("not_found");
  if (!viewer || !canManagePartnerRequest(viewer, request)) throw new AppError("forbidden");
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(partnersRequest)
      .set({ status: "closed", closedAt: new Date() })
      .where(and(eq(partnersRequest.id, partnerRequestId), eq(partnersRequest.status, "open")))
      .returning({ id: partnersRequest.id });
    if (closed.length === 0) return { closed: false };
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: request.organisationId,
      action: "partners.request.close",
      entityType: "partner-request",
      entityId: partnerRequestId,
      requestId,
    });
    return { closed: true };
  });
}
