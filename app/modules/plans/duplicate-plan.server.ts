import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { isUuid } from "./attachment-queries.server.ts";
import { canEditPlansOf } from "./policy.ts";
import { plansLot, plansParticipant, plansPlan, plansPlanCpv, plansSustainability } from "./tables.ts";

/**
 * Copies a plan as a new draft at the idea stage (content, codes, lots, tags, participants); the
 * lifecycle details (Hilma notice, contract end, cancellation) and the history are not copied. Audited.
 */
export async function duplicatePlan({
  services,
  viewer,
  planId,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  requestId?: string;
}): Promise<{ planId: string }> {
  const newId = await services.database.db.transaction(async (tx) => {
    // The plan and its rows are copied as one state: a share lock keeps an edit from landing in between.
    if (!isUuid(planId)) throw new AppError("not_found");
    const [plan] = await tx.select().from(plansPlan).where(eq(plansPlan.id, planId)).for("share");
    if (!plan) throw new AppError("not_found");
    assertAllowed(canEditPlansOf(viewer, plan.organisationId));
    const {
      id: _id,
      searchFi: _fi,
      searchSv: _sv,
      searchEn: _en,
      searchText: _text,
      createdAt: _c,
      updatedAt: _u,
      ...content
    } = plan;
    const [row] = await tx
      .insert(plansPlan)
      .values({
        ...content,
        status: "idea",
        visibility: "draft",
        hilmaNotice: null,
        contractEnd: null,
        cancelReason: null,
        archivedAt: null,
        publishedAt: null,
        createdBy: viewer?.userId ?? null,
      })
      .returning({ id: plansPlan.id });
    if (!row) throw new Error("plan insert returned nothing");
    const cpv = await tx.select().from(plansPlanCpv).where(eq(plansPlanCpv.planId, planId));
    if (cpv.length > 0) await tx.insert(plansPlanCpv).values(cpv.map((c) => ({ ...c, planId: row.id })));
    const participants = await tx.select().from(plansParticipant).where(eq(plansParticipant.planId, planId));
    if (participants.length > 0)
      await tx.insert(plansParticipant).values(participants.map((p) => ({ ...p, planId: row.id })));
    const lots = await tx.select().from(plansLot).where(eq(plansLot.planId, planId));
    if (lots.length > 0)
      await tx.insert(plansLot).values(lots.map(({ id: _lotId, ...lot }) => ({ ...lot, planId: row.id })));
    const tags = await tx.select().from(plansSustainability).where(eq(plansSustainability.planId, planId));
    if (tags.length > 0)
      await tx.insert(plansSustainability).values(tags.map((t) => ({ ...t, planId: row.id })));
    await recordAudit(tx, {
      actorId: viewer?.userId ?? null,
      organisationId: plan.organisationId,
      action: "plans.duplicate",
      entityType: "plan",
      entityId: row.id,
      summary: { from: planId, title: plan.title.fi },
      requestId,
    });
    return row.id;
  });
  return { planId: newId };
}
