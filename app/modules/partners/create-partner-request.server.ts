import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { canViewPlan, findPlanForPartners, hasPlanLot, lockPlanForPartners } from "../plans/index.server.ts";
import { canPostPartnerRequest } from "./policy.ts";
import type { PartnerRequestInput } from "./schemas.ts";
import { partnersRequest } from "./tables.ts";

export type CreatePartnerRequestResult =
  | { ok: true; requestId: string }
  | { ok: false; errors: Record<string, string> };

/** Posts the viewer's company's partner request on a public plan (or one of its lots); audited. */
export async function createPartnerRequest({
  services,
  viewer,
  planId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  input: PartnerRequestInput;
  requestId?: string;
}): Promise<CreatePartnerRequestResult> {
  const { db } = services.database;
  const plan = await findPlanForPartners(db, planId);
  if (!plan || !canViewPlan(viewer, plan)) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  if (!viewer || !company || !canPostPartnerRequest(viewer, plan)) throw new AppError("forbidden");
  return db.transaction(async (tx): Promise<CreatePartnerRequestResult> => {
    // Decided again with the plan's row share-locked (ADR 022): it may have been withdrawn, archived or
    // its lots changed since it was first read, and it cannot be until this request is in.
    const current = await lockPlanForPartners(tx, planId);
    if (!current || !canPostPartnerRequest(viewer, current)) throw new AppError("conflict");
    if (input.lotNumber !== undefined && !(await hasPlanLot(tx, planId, input.lotNumber)))
      return { ok: false, errors: { lotNumber: "validation.invalid" } };
    const [row] = await tx
      .insert(partnersRequest)
      .values({
        planId,
        lotNumber: input.lotNumber ?? null,
        organisationId: company.organisationId,
        kind: input.kind,
        direction: input.direction,
        description: input.description,
        createdBy: viewer.userId,
      })
      .returning({ id: partnersRequest.id });
    if (!row) throw new Error("The partner request insert returned no row");
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: company.organisationId,
      action: "partners.request.create",
      entityType: "partner-request",
      entityId: row.id,
      summary: { planId, lotNumber: input.lotNumber ?? null, kind: input.kind, direction: input.direction },
      requestId,
    });
    return { ok: true, requestId: row.id };
  });
}
