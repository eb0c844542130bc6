import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Append-only: a trigger in the migrations refuses UPDATE and DELETE. `actor_id` and `organisation_id`
 * are plain ids, not foreign keys, so the log outlives the accounts and organisations it names.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id"),
    organisationId: text("organisation_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull().default({}),
    requestId: text("request_id"),
  },
  (table) => [
    index("audit_log_organisation_idx").on(table.organisationId, table.occurredAt),
    index("audit_log_actor_idx").on(table.actorId, table.occurredAt),
  ],
);
