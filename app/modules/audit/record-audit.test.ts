import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { recordAudit } from "./record-audit.server.ts";
import { auditLog } from "./tables.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

describe("audit log", () => {
  it("records who did what to which entity, when", async () => {
    await recordAudit(database.db, {
      actorId: "user-1",
      organisationId: "org-1",
      action: "organisations.invite",
      entityType: "invitation",
      entityId: "inv-1",
      summary: { role: "buyer" },
    });
    const [row] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, "inv-1"));
    expect(row).toMatchObject({
      actorId: "user-1",
      organisationId: "org-1",
      action: "organisations.invite",
      summary: { role: "buyer" },
    });
    expect(row?.occurredAt).toBeInstanceOf(Date);
  });

  it("refuses updates, deletes and truncation", async () => {
    await expect(database.db.update(auditLog).set({ action: "forged" })).rejects.toThrow();
    await expect(database.db.delete(auditLog)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const rows = await database.db.select().from(auditLog);
    expect(rows.length).toBe(1);
  });

  it("rolls back with the command's transaction", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(tx, {
          actorId: "user-2",
          action: "x.y",
          entityType: "thing",
          entityId: "rolled-back",
        });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.entityId, "rolled-back"));
    expect(rows).toEqual([]);
  });
});
