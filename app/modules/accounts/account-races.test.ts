import "../personal-data.server.ts";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { auditLog } from "../audit/tables.ts";
import { mailOutbox } from "../mail/tables.ts";
import { requestToJoin } from "../organisations/request-to-join.server.ts";
import { respondToInvitation } from "../organisations/respond-to-invitation.server.ts";
import { adminRoles } from "../organisations/roles.ts";
import {
  organisationsInvitation,
  organisationsMember,
  organisationsOrganisation,
} from "../organisations/tables.ts";
import { deleteMyAccount } from "./delete-my-account.server.ts";
import { hashPassword } from "./password.server.ts";
import { consumeRateLimit } from "./rate-limit.server.ts";
import { accountsAccount, accountsUser } from "./tables.ts";
import type { Viewer } from "./viewer.server.ts";

// Account and membership commands that decide on a count or a state ("last administrator", "already
// asked today", "invitation still pending", a rate limit) decide under a lock or in one atomic statement.
// On PostgreSQL the calls run side by side on a pool of 30 connections; PGlite runs them one after another.

let world: CompanyWorld;
const racers = 20;
const password = "kilpa-ajo-salasana-2030";

beforeAll(async () => {
  world = await createCompanyWorld({ poolSize: 30 });
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

async function race<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const thrown = settled.filter((result) => result.status === "rejected");
  expect(thrown.map((result) => String((result as PromiseRejectedResult).reason))).toEqual([]);
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

describe("the last administrator", () => {
  it("stays when all twenty administrators of a company delete their accounts at once", async () => {
    const { db } = world.database;
    const organisationId = randomUUID();
    await db
      .insert(organisationsOrganisation)
      .values({ id: organisationId, name: "Kilpa Oy", slug: "kilpa", kind: "company" });
    const hash = await hashPassword(password);
    const viewers: Viewer[] = [];
    for (let i = 0; i < racers; i += 1) {
      const userId = `racing-admin-${i}`;
      const email = `admin${i}@kilpa.example`;
      await db
        .insert(accountsUser)
        .values({ id: userId, name: `Ylläpitäjä ${i}`, email, emailVerified: true });
      await db
        .insert(accountsAccount)
        .values({ id: randomUUID(), accountId: userId, providerId: "credential", userId, password: hash });
      await db
        .insert(organisationsMember)
        .values({ id: randomUUID(), organizationId: organisationId, userId, role: "company-admin" });
      viewers.push({
        userId,
        name: `Ylläpitäjä ${i}`,
        email,
        locale: "fi",
        isPlatformAdmin: false,
        memberships: [{ organisationId, name: "Kilpa Oy", kind: "company", role: "company-admin" }],
        activeOrganisationId: organisationId,
      });
    }
    const results = await race(
      viewers.map(
        (viewer) => () =>
          deleteMyAccount({ services: world.services, viewer, confirmEmail: viewer.email, password }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(racers - 1);
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, error: "account.deleteLastAdmin", organisations: ["Kilpa Oy"] },
    ]);
    const admins = await db
      .select({ userId: organisationsMember.userId })
      .from(organisationsMember)
      .where(
        and(
          eq(organisationsMember.organizationId, organisationId),
          inArray(organisationsMember.role, [...adminRoles]),
        ),
      );
    expect(admins).toHaveLength(1);
  });
});

describe("invitations and requests to join", () => {
  it("let one of twenty simultaneous answers to an invitation through; the rest are told it is no longer pending", async () => {
    const { db } = world.database;
    const invitationId = randomUUID();
    await db.insert(organisationsInvitation).values({
      id: invitationId,
      organizationId: world.ids.kirkas,
      email: world.viewers.resident.email,
      role: "company-member",
      status: "pending",
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
      inviterId: world.viewers.kirkasAdmin.userId,
    });
    const results = await race(
      Array.from(
        { length: racers },
        (_, index) => () =>
          respondToInvitation({
            services: world.services,
            viewer: world.viewers.resident,
            invitationId,
            accept: index % 2 === 0,
          }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(racers - 1).fill({ ok: false, error: "invitations.notPending" }),
    );
    const entries = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, invitationId));
    expect(entries).toHaveLength(1);
  });

  it("e-mail the administrators once when someone asks to join twenty times at once", async () => {
    const { db } = world.database;
    const viewer = { ...world.viewers.otherBuyer };
    await race(
      Array.from(
        { length: racers },
        () => () => requestToJoin({ services: world.services, viewer, organisationId: world.ids.ruoka }),
      ),
    );
    const entries = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, "organisations.join-request"), eq(auditLog.actorId, viewer.userId)));
    expect(entries).toHaveLength(1);
    const mails = await db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, world.viewers.ruokaAdmin.email));
    expect(mails).toHaveLength(1);
  });
});

describe("rate limits", () => {
  it("allow exactly the limit when twenty attempts count at once (one atomic upsert)", async () => {
    const results = await race(
      Array.from(
        { length: racers },
        () => () => consumeRateLimit(world.database.db, "race:test", { limit: 7, windowSeconds: 60 }),
      ),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(7);
  });
});
