import type { DbOrTx } from "../../db/types.ts";
import { countInterestedCompanies } from "../interest/index.server.ts";
import {
  getPublicPlanRecord,
  listPublicPlanRecords,
  listReleasablePlanRecords,
  type PublicPlanRecord,
} from "../plans/index.server.ts";
import type { PublicPlanFilters } from "../plans/index.ts";
import type { Cursor, ReleaseCursor } from "./cursor.ts";

// Open data reads public plans from the plans module, which decides what of a plan is public (ADR 023),
// and adds what other modules know of them (how many companies are interested).

/** A public plan as open data shows it: the plans module's record and its interest count. */
export type PublicPlan = PublicPlanRecord & {
  /** How many companies said "we are interested" (never which). */
  interestedCompanies: number;
};

/** One public plan, or null when it does not exist or is not public. */
export async function getPublicPlan(db: DbOrTx, planId: string): Promise<PublicPlan | null> {
  const record = await getPublicPlanRecord(db, planId);
  if (!record) return null;
  const [plan] = await withInterest(db, [record]);
  return plan ?? null;
}

/** A page of public plans ordered by (updated_at, id), after the cursor when given. */
export async function listPublicPlans(
  db: DbOrTx,
  options: { filters?: PublicPlanFilters; cursor?: Cursor; limit: number; direction: "asc" | "desc" },
): Promise<{ plans: PublicPlan[]; hasMore: boolean }> {
  const { plans, hasMore } = await listPublicPlanRecords(db, options);
  return { plans: await withInterest(db, plans), hasMore };
}

/** A page of the OCDS release feed: public plans in commit order, (change_seq, id) (ADR 026). */
export async function listReleasablePlans(
  db: DbOrTx,
  options: { cursor?: ReleaseCursor; limit: number },
): Promise<{ plans: PublicPlan[]; hasMore: boolean }> {
  const { plans, hasMore } = await listReleasablePlanRecords(db, options);
  return { plans: await withInterest(db, plans), hasMore };
}

async function withInterest(db: DbOrTx, records: PublicPlanRecord[]): Promise<PublicPlan[]> {
  if (records.length === 0) return [];
  const interested = await countInterestedCompanies(
    db,
    records.map((record) => record.id),
  );
  return records.map((record) => ({ ...record, interestedCompanies: interested.get(record.id) ?? 0 }));
}
