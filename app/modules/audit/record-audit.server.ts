import type { DbOrTx } from "../../db/types.ts";
import { auditLog } from "./tables.ts";

export type AuditEntry = {
  actorId: string | null;
  organisationId?: string | null;
  /** Verb-first and dotted by module, e.g. "accounts.sign-up", "organisations.invite". */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** What changed, without secrets (never passwords or tokens). */
  summary?: Record<string, unknown>;
  requestId?: string | null;
  /** The organisation API token the write came through (the viewer's `apiToken`), recorded in the summary. */
  apiToken?: { id: string; name: string } | undefined;
};

/**
 * Appends one entry to the audit log. Call it inside the command's transaction so that the write and its
 * audit entry land together or not at all.
 * @example await recordAudit(tx, { actorId: user.id, action: "accounts.sign-up", entityType: "user", entityId: user.id });
 */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    organisationId: entry.organisationId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    summary: entry.apiToken ? { ...entry.summary, apiToken: entry.apiToken } : (entry.summary ?? {}),
    requestId: entry.requestId ?? null,
  });
}
