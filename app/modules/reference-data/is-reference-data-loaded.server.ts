import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/types.ts";
import {
  refCpvCode,
  refEformsCode,
  refMunicipality,
  refNutsRegion,
  refProcurementThreshold,
  refRegion,
} from "./tables.ts";

const referenceTables: PgTable[] = [
  refNutsRegion,
  refRegion,
  refMunicipality,
  refCpvCode,
  refEformsCode,
  refProcurementThreshold,
];

/**
 * True when every reference table has rows. `loadReferenceData` writes all tables in one transaction, so
 * this means a load has completed; whether the files changed since is for a new load (cheap) to settle.
 */
export async function isReferenceDataLoaded(options: { db: DbOrTx }): Promise<boolean> {
  // One after the other: a transaction has a single connection, which must not run two queries at once.
  for (const table of referenceTables) {
    const rows = await options.db.select({ found: sql`1` }).from(table).limit(1);
    if (rows.length === 0) return false;
  }
  return true;
}
