import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/app-error.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { accountsUser } from "../accounts/tables.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { auditLog } from "../audit/tables.ts";
import { seedDemoData } from "../demo/seed-demo-data.server.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { createApiToken } from "./create-api-token.server.ts";
import { renewApiToken } from "./renew-api-token.server.ts";
import { reownApiToken } from "./reown-api-token.server.ts";
import { revokeApiToken } from "./revoke-api-token.server.ts";
import { apiToken } from "./tables.ts";

// Renewing, taking over and revoking recheck the token under its row lock: raced against a revocation,
// each either goes first or is refused (conflict), never a 5xx, and the token ends revoked. On PGlite
// (one connection) the calls run one after another and prove less; the race is real on PostgreSQL.
let database: TestDatabase;
let viewer: Viewer;
let espoo: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
  await seedDemoData({ db: database.db, withPlans: false });
  const [organisation] = await database.db
    .select()
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.slug, "espoo"));
  const [user] = await database.db
    .select()
    .from(accountsUser)
    .where(eq(accountsUser.email, "hankinnat@espoo.example"));
  espoo = organisation?.id ?? "";
  viewer = {
    userId: user?.id ?? "",
    name: user?.name ?? "",
    email: user?.email ?? "",
    locale: "fi",
    isPlatformAdmin: false,
    memberships: [
      { organisationId: espoo, name: "Espoon kaupunki", kind: "municipality", role: "buyer-admin" },
    ],
    activeOrganisationId: espoo,
  };
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

describe("API token commands under concurrency", () => {
  it("20 renewals and take-overs racing a revocation: each first or refused, the token revoked", async () => {
    const services = { database };
    const { id } = await createApiToken({ services, viewer, organisationId: espoo, name: "Kilpa" });
    const calls = Array.from({ length: 20 }, (_, index) => {
      if (index === 10) return revokeApiToken({ services, viewer, tokenId: id, organisationId: espoo });
      return index % 2 === 0
        ? renewApiToken({ services, viewer, tokenId: id, organisationId: espoo, validDays: "90" })
        : reownApiToken({ services, viewer, tokenId: id, organisationId: espoo });
    });
    const results = await Promise.allSettled(calls);
    for (const result of results)
      if (result.status === "rejected") {
        expect(result.reason).toBeInstanceOf(AppError);
        expect((result.reason as AppError).code).toBe("conflict");
      }
    expect(results[10]?.status).toBe("fulfilled");
    const [token] = await database.db.select().from(apiToken).where(eq(apiToken.id, id));
    expect(token?.revokedAt).toBeInstanceOf(Date);
    // Every change that went through is in the audit log, and nothing refused is.
    const audited = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "api-token"), eq(auditLog.entityId, id)));
    const succeeded = results.filter((result) => result.status === "fulfilled").length;
    expect(audited.length).toBe(succeeded + 1); // + the creation
    // Nothing was renewed or taken over after the revocation (without the lock, a late one would be).
    const revocation = audited.find((entry) => entry.action === "open-data.revoke-api-token");
    const later = audited.filter((entry) => Number(entry.id) > Number(revocation?.id));
    expect(later).toEqual([]);
  });
});
