import { asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import { plansAttachment } from "./attachments-tables.ts";
import { buildPlanSnapshot, type PlanSnapshot } from "./plan-snapshot.ts";
import type { PlanInput } from "./schemas.ts";
import {
  plansLot,
  plansParticipant,
  plansPlan,
  plansPlanCpv,
  plansSustainability,
  plansVersion,
} from "./tables.ts";

/** The plan row's own columns from validated input. */
export function planColumns(input: PlanInput, valueBand: string | null) {
  return {
    title: input.title,
    need: input.need,
    strategyGoal: input.strategyGoal ?? null,
    mainCpv: input.mainCpv,
    estimatedValueEur: input.estimatedValueEur ?? null,
    valueCategory: input.valueCategory,
    valueBand,
    dialogueStart: input.dialogueStart ?? null,
    dialogueEnd: input.dialogueEnd ?? null,
    tenderYear: input.tenderYear ?? null,
    tenderQuarter: input.tenderQuarter ?? null,
    tenderMonth: input.tenderMonth ?? null,
    contractStart: input.contractStart ?? null,
    contractDurationMonths: input.contractDurationMonths ?? null,
    optionMonths: input.optionMonths ?? null,
    procedure: input.procedure,
    isDividedIntoLots: input.isDividedIntoLots,
    noLotsReason: input.noLotsReason ?? null,
    employmentCondition: input.employmentCondition,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    confidence: input.confidence,
    visibility: input.visibility,
  };
}

/** Replaces the plan's CPV codes, participants, lots and sustainability tags with the input's. */
export async function writePlanChildren(
  tx: DbOrTx,
  planId: string,
  input: PlanInput,
  leadOrganisationId: string,
) {
  await tx.delete(plansPlanCpv).where(eq(plansPlanCpv.planId, planId));
  await tx.delete(plansParticipant).where(eq(plansParticipant.planId, planId));
  await tx.delete(plansLot).where(eq(plansLot.planId, planId));
  await tx.delete(plansSustainability).where(eq(plansSustainability.planId, planId));
  await tx
    .insert(plansPlanCpv)
    .values([
      { planId, cpvCode: input.mainCpv, isMain: true },
      ...input.additionalCpv.map((cpvCode) => ({ planId, cpvCode, isMain: false })),
    ]);
  const participants = [...new Set(input.participants)].filter((id) => id !== leadOrganisationId);
  if (participants.length > 0) {
    await tx
      .insert(plansParticipant)
      .values(participants.map((organisationId) => ({ planId, organisationId })));
  }
  if (input.lots.length > 0) {
    await tx.insert(plansLot).values(
      input.lots.map((lot, index) => ({
        planId,
        number: index + 1,
        title: lot.title,
        description: lot.description ?? null,
        mainCpv: lot.mainCpv ?? null,
        estimatedValueEur: lot.estimatedValueEur ?? null,
      })),
    );
  }
  const tags = [...new Map(input.sustainability.map((tag) => [`${tag.list}/${tag.code}`, tag])).values()];
  if (tags.length > 0) await tx.insert(plansSustainability).values(tags.map((tag) => ({ planId, ...tag })));
}

/** Everything a version records: the plan's public content, as the public sees it. */
export async function loadPlanSnapshot(db: DbOrTx, planId: string): Promise<PlanSnapshot> {
  const [plan] = await db.select().from(plansPlan).where(eq(plansPlan.id, planId));
  if (!plan) throw new AppError("not_found");
  const cpv = await db.select().from(plansPlanCpv).where(eq(plansPlanCpv.planId, planId));
  const participants = await db.select().from(plansParticipant).where(eq(plansParticipant.planId, planId));
  const lots = await db.select().from(plansLot).where(eq(plansLot.planId, planId));
  const tags = await db.select().from(plansSustainability).where(eq(plansSustainability.planId, planId));
  const attachments = await db
    .select({ fileName: plansAttachment.fileName, sha256: plansAttachment.sha256 })
    .from(plansAttachment)
    .where(eq(plansAttachment.planId, planId))
    .orderBy(asc(plansAttachment.createdAt), asc(plansAttachment.id));
  return buildPlanSnapshot(plan, {
    additionalCpv: cpv.filter((row) => !row.isMain).map((row) => row.cpvCode),
    participants: participants.map((row) => row.organisationId),
    lots,
    sustainability: tags,
    attachments,
  });
}

const unversioned = new Set(["publishedAt", "archivedAt"]);

/** Field → { from, to } for every field whose value differs. */
export function diffSnapshots(beforeSnapshot: PlanSnapshot, afterSnapshot: PlanSnapshot) {
  const before: Record<string, unknown> = beforeSnapshot;
  const after: Record<string, unknown> = afterSnapshot;
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (unversioned.has(key)) continue;
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
    }
  }
  return changes;
}

/** Appends the next public version of a plan. */
export async function appendVersion(
  tx: DbOrTx,
  {
    planId,
    actorId,
    reason,
    changes,
    snapshot,
  }: {
    planId: string;
    actorId: string | null;
    reason: string | null;
    changes: Record<string, { from: unknown; to: unknown }>;
    snapshot: PlanSnapshot;
  },
): Promise<number> {
  const [last] = await tx
    .select({ version: plansVersion.version })
    .from(plansVersion)
    .where(eq(plansVersion.planId, planId))
    .orderBy(desc(plansVersion.version))
    .limit(1);
  const version = (last?.version ?? 0) + 1;
  await tx.insert(plansVersion).values({ planId, version, actorId, reason, changes, snapshot });
  return version;
}
