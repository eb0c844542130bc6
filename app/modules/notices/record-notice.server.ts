import { sql } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { lockPlanForNotices } from "../plans/index.server.ts";
import { canPrepareNotices } from "./policy.ts";
import type { RecordNoticeInput } from "./schemas.ts";
import { noticesNotice } from "./tables.ts";

/**
 * Records where Hilma published the plan's notice of one type (issue 14 point 3), or corrects it: one
 * row per plan and type, the primary key deciding between two buyers recording at once (the later
 * write wins, both are audited). The plan's row is share-locked, so it is neither archived nor removed
 * meanwhile; an archived plan refuses.
 *
 * @example
 * await recordNotice({ services, viewer, planId, input: { type: "E1", reference: "2027-012345" } });
 */
export async function recordNotice(options: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  planId: string;
  input: RecordNoticeInput;
  requestId?: string | null;
}): Promise<void> {
  const { viewer, planId, input } = options;
  await options.services.database.db.transaction(async (tx) => {
    const plan = await lockPlanForNotices(tx, planId);
    if (!plan) throw new AppError("not_found");
    assertAllowed(canPrepareNotices(viewer, plan.organisationId));
    if (plan.archivedAt !== null) throw new AppError("conflict", "plans.errors.archived");
    await tx
      .insert(noticesNotice)
      .values({ planId, type: input.type, reference: input.reference, recordedBy: viewer?.userId ?? null })
      .onConflictDoUpdate({
        target: [noticesNotice.planId, noticesNotice.type],
        set: { reference: input.reference, recordedBy: viewer?.userId ?? null, recordedAt: sql`now()` },
      });
    await recordAudit(tx, {
      actorId: viewer?.userId ?? null,
      organisationId: plan.organisationId,
      action: "notices.record",
      entityType: "plan",
      entityId: planId,
      summary: { noticeType: input.type, hilmaNotice: input.reference },
      requestId: options.requestId ?? null,
      apiToken: viewer?.apiToken,
    });
  });
}
