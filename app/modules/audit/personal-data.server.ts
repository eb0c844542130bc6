import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { registerPersonalData } from "../accounts/index.server.ts";
import { auditLog } from "./tables.ts";

registerPersonalData({
  module: "audit",
  exportFor: async (tx: DbOrTx, subject) => ({
    activity: await tx
      .select({
        occurredAt: auditLog.occurredAt,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        organisationId: auditLog.organisationId,
      })
      .from(auditLog)
      .where(eq(auditLog.actorId, subject.userId))
      .orderBy(desc(auditLog.occurredAt)),
  }),
  // The log is append-only and keeps its entries under the pseudonymous id: summaries never hold a
  // name, an e-mail address or a phone number (ADR 029), so there is nothing to erase.
  eraseFor: async () => {},
});
