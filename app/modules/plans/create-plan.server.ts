import type { DbOrTx } from "../../db/types.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { appendVersion, loadPlanSnapshot, planColumns, writePlanChildren } from "./plan-record.server.ts";
import { checkPlanReferences, deriveValueBand } from "./plan-references.server.ts";
import { canEditPlansOf } from "./policy.ts";
import type { PlanInput } from "./schemas.ts";
import { plansPlan } from "./tables.ts";

export type SavePlanResult = { ok: true; planId: string } | { ok: false; errors: Record<string, string> };

/**
 * Creates a plan for the organisation. A plan created public gets its first public version at once.
 * Nothing is saved when any reference is wrong.
 */
export async function createPlan({
  services,
  viewer,
  organisationId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
  input: PlanInput;
  requestId?: string;
}): Promise<SavePlanResult> {
  assertAllowed(canEditPlansOf(viewer, organisationId));
  const { db } = services.database;
  const errors = await checkPlanReferences(db, input, organisationId);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const valueBand = await deriveValueBand(db, input);
  const planId = await db.transaction((tx) =>
    insertPlanRecord(tx, {
      organisationId,
      input,
      valueBand,
      actorId: viewer?.userId ?? null,
      apiToken: viewer?.apiToken,
      requestId,
    }),
  );
  return { ok: true, planId };
}

/**
 * Writes one validated plan inside the caller's transaction: the row, its children, its first public
 * version when public, and the audit entry. Shared by createPlan and the spreadsheet import.
 */
export async function insertPlanRecord(
  tx: DbOrTx,
  options: {
    organisationId: string;
    input: PlanInput;
    valueBand: string | null;
    actorId: string | null;
    apiToken?: { id: string; name: string };
    requestId?: string;
    action?: string;
  },
): Promise<string> {
  const { organisationId, input, valueBand, actorId, apiToken, requestId, action = "plans.create" } = options;
  const isPublic = input.visibility === "public";
  const [row] = await tx
    .insert(plansPlan)
    .values({
      ...planColumns(input, valueBand),
      organisationId,
      createdBy: actorId,
      publishedAt: isPublic ? new Date() : null,
    })
    .returning({ id: plansPlan.id });
  if (!row) throw new Error("plan insert returned nothing");
  await writePlanChildren(tx, row.id, input, organisationId);
  if (isPublic) {
    const snapshot = await loadPlanSnapshot(tx, row.id);
    await appendVersion(tx, { planId: row.id, actorId, reason: null, changes: {}, snapshot });
  }
  await recordAudit(tx, {
    actorId,
    organisationId,
    action,
    entityType: "plan",
    entityId: row.id,
    summary: { title: input.title.fi, visibility: input.visibility },
    apiToken,
    requestId,
  });
  return row.id;
}
