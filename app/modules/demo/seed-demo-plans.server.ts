import { randomUUID } from "node:crypto";
import type { Tx } from "../../db/types.ts";
import { planColumns } from "../plans/plan-record.server.ts";
import { buildPlanSnapshot } from "../plans/plan-snapshot.ts";
import { type PlanInput, planInputSchema } from "../plans/schemas.ts";
import {
  plansLot,
  plansParticipant,
  plansPlan,
  plansPlanCpv,
  plansSustainability,
  plansVersion,
} from "../plans/tables.ts";
import { classifyValue } from "../reference-data/classify-value.ts";
import { findThresholds } from "../reference-data/find-thresholds.server.ts";
import { demoPlanningProfiles } from "./demo-organisations.ts";
import { type DemoPlan, generateDemoPlans } from "./demo-plans.ts";

const batchSize = 200;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += batchSize) {
    await insert(rows.slice(start, start + batchSize));
  }
}

/** The demo plans with their inputs validated by the same schema as the forms and the API. */
export function parseDemoPlans(plans: DemoPlan[]): (DemoPlan & { parsed: PlanInput })[] {
  return plans.map((plan) => ({ ...plan, parsed: planInputSchema.parse(plan.input) }));
}

/**
 * Writes the demo region's plans into the seed transaction: the rows the create command writes (plan,
 * CPV codes, participants, lots, sustainability tags), the lifecycle fields the transitions would set,
 * and a first public version for every public plan. Multi-row inserts keep the cold start short.
 */
export async function seedDemoPlans(
  tx: Tx,
  { organisationIds, actorId }: { organisationIds: Map<string, string>; actorId: string | null },
): Promise<number> {
  const idOf = (key: string) => {
    const id = organisationIds.get(key);
    if (!id) throw new Error(`demo organisation ${key} is missing`);
    return id;
  };
  const plans = parseDemoPlans(generateDemoPlans({ profiles: demoPlanningProfiles, idOf }));
  const thresholds = await findThresholds({ db: tx, at: new Date() });
  const now = new Date();
  const rows = plans.map((plan) => {
    const { parsed, lifecycle } = plan;
    const valueBand =
      parsed.estimatedValueEur === undefined
        ? null
        : classifyValue(parsed.estimatedValueEur, parsed.valueCategory, thresholds);
    return {
      ...planColumns(parsed, valueBand),
      id: randomUUID(),
      organisationId: idOf(plan.organisationKey),
      status: lifecycle.status,
      hilmaNotice: lifecycle.hilmaNotice ?? null,
      contractEnd: lifecycle.contractEnd ?? null,
      cancelReason: lifecycle.cancelReason ?? null,
      createdBy: actorId,
      publishedAt: parsed.visibility === "public" ? now : null,
    };
  });
  await insertInBatches(rows, (batch) => tx.insert(plansPlan).values(batch));
  const children = plans.map((plan, index) => ({ planId: rows[index]?.id ?? "", input: plan.parsed }));
  await insertInBatches(
    children.flatMap(({ planId, input }) => [
      { planId, cpvCode: input.mainCpv, isMain: true },
      ...input.additionalCpv.map((cpvCode) => ({ planId, cpvCode, isMain: false })),
    ]),
    (batch) => tx.insert(plansPlanCpv).values(batch),
  );
  await insertInBatches(
    children.flatMap(({ planId, input }) =>
      input.participants.map((organisationId) => ({ planId, organisationId })),
    ),
    (batch) => tx.insert(plansParticipant).values(batch),
  );
  await insertInBatches(
    children.flatMap(({ planId, input }) =>
      input.lots.map((lot, index) => ({
        planId,
        number: index + 1,
        title: lot.title,
        description: lot.description ?? null,
        mainCpv: lot.mainCpv ?? null,
        estimatedValueEur: lot.estimatedValueEur ?? null,
      })),
    ),
    (batch) => tx.insert(plansLot).values(batch),
  );
  await insertInBatches(
    children.flatMap(({ planId, input }) => input.sustainability.map((tag) => ({ planId, ...tag }))),
    (batch) => tx.insert(plansSustainability).values(batch),
  );
  await insertInBatches(versionsOf(await tx.select().from(plansPlan), children, actorId), (batch) =>
    tx.insert(plansVersion).values(batch),
  );
  return rows.length;
}

/**
 * Version 1 of every public plan, with the snapshot loadPlanSnapshot would record (buildPlanSnapshot of
 * the row and the children the seed wrote), built in memory from one select instead of five queries a plan.
 */
function versionsOf(
  planRows: (typeof plansPlan.$inferSelect)[],
  children: { planId: string; input: PlanInput }[],
  actorId: string | null,
) {
  const inputs = new Map(children.map((child) => [child.planId, child.input]));
  return planRows.flatMap((plan) => {
    const input = inputs.get(plan.id);
    if (plan.visibility !== "public" || !input) return [];
    const snapshot = buildPlanSnapshot(plan, {
      additionalCpv: input.additionalCpv,
      participants: [...new Set(input.participants)],
      lots: input.lots.map((lot, index) => ({
        number: index + 1,
        title: lot.title,
        description: lot.description ?? null,
        mainCpv: lot.mainCpv ?? null,
        estimatedValueEur: lot.estimatedValueEur ?? null,
      })),
      sustainability: input.sustainability,
      attachments: [],
    });
    return [{ planId: plan.id, version: 1, actorId, reason: null, changes: {}, snapshot }];
  });
}
