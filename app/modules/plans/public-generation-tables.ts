import { sql } from "drizzle-orm";
import { bigint, check, pgTable, smallint } from "drizzle-orm/pg-core";

/**
 * One row whose number grows with every write to what the public outputs show: plans and their CPV
 * codes, participants, lots, sustainability tags, attachments and versions, and organisations. Statement
 * triggers bump it (migration 0011), so the number changes in the same transaction as the data, whoever
 * writes (commands, import, API, a bulk load). Caches of public answers are keyed by it (ADR 019):
 * reading it costs one primary-key lookup instead of recounting 300,000 plans.
 */
export const plansPublicGeneration = pgTable(
  "plans_public_generation",
  {
    id: smallint("id").primaryKey().default(1),
    value: bigint("value", { mode: "number" }).notNull().default(0),
  },
  (table) => [check("plans_public_generation_one_row", sql`${table.id} = 1`)],
);
