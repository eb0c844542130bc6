import type { Services } from "../../services.ts";
import { recordAudit } from "../audit/index.server.ts";
import { personalDataParts } from "./personal-data-registry.ts";
import type { Viewer } from "./viewer.server.ts";

/**
 * Everything the platform holds about the person (GDPR art. 15 and 20), as one JSON document: each
 * module that holds personal data gives its sections through the registry (ADR 029) — the account,
 * memberships and invitations, activity, e-mails, company contact entries, watches and notifications,
 * presentations and replies, partner requests and messages, interest marks, plan contacts. Secrets
 * (password hashes, session tokens) are left out.
 */
export async function exportMyData({
  services,
  viewer,
}: {
  services: Services;
  viewer: Viewer;
}): Promise<{ exportedAt: string; service: string } & Record<string, unknown>> {
  const { db } = services.database;
  const subject = { userId: viewer.userId, email: viewer.email, name: viewer.name };
  const sections: Record<string, unknown> = {};
  for (const part of personalDataParts()) {
    for (const [key, value] of Object.entries(await part.exportFor(db, subject))) {
      if (key in sections) throw new Error(`personal-data section "${key}" given twice (${part.module})`);
      sections[key] = value;
    }
  }
  await recordAudit(db, {
    actorId: viewer.userId,
    action: "accounts.export-data",
    entityType: "user",
    entityId: viewer.userId,
  });
  return { exportedAt: new Date().toISOString(), service: "Hankintasilta", ...sections };
}
