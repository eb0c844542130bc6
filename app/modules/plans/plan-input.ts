import { planInputSchema } from "./schemas.ts";

// A saved plan (its snapshot, as loadPlanSnapshot reads it) back in planInputSchema's shape: what the
// API's PATCH merges its body into, and what it answers with. Only the fields a plan's editor writes;
// status, Hilma notice, contract end and cancel reason change through transitions.

/** The fields of planInputSchema, in its order: the fields a POST or PATCH body may carry. */
export const planInputFields = Object.keys(planInputSchema.in.shape) as (keyof PlanInputShape)[];
type PlanInputShape = typeof planInputSchema.in.shape;

/**
 * The snapshot's writable fields as planInputSchema input, with empty values left out (so the schema's
 * defaults and "not given" apply exactly as they did when the plan was written).
 * @example planInputSchema.parse(planSnapshotToInput(await loadPlanSnapshot(db, planId)))
 */
export function planSnapshotToInput(snapshot: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of planInputFields) {
    const value = snapshot[field];
    if (value === null || value === undefined) continue;
    input[field] = value;
  }
  type SnapshotLot = {
    title: unknown;
    description?: unknown;
    mainCpv?: string;
    estimatedValueEur: number | null;
  };
  input.lots = ((snapshot.lots as SnapshotLot[] | undefined) ?? []).map((lot) => ({
    title: lot.title,
    ...(lot.description ? { description: lot.description } : {}),
    ...(lot.mainCpv ? { mainCpv: lot.mainCpv } : {}),
    ...(lot.estimatedValueEur === null ? {} : { estimatedValueEur: lot.estimatedValueEur }),
  }));
  input.sustainability = ((snapshot.sustainability as string[] | undefined) ?? []).flatMap((tag) => {
    const [list, code] = tag.split("/");
    return list && code ? [{ list, code }] : [];
  });
  for (const field of ["title", "need", "strategyGoal", "noLotsReason"])
    if (input[field]) input[field] = withoutEmpty(input[field] as Record<string, unknown>);
  return input;
}

function withoutEmpty(value: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(value).filter(([, text]) => text !== null && text !== undefined));
}
