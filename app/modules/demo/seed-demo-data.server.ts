import { randomUUID } from "node:crypto";
import { count, inArray } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import { hashPassword } from "../accounts/password.server.ts";
import { accountsAccount, accountsUser } from "../accounts/tables.ts";
import { recordAudit } from "../audit/record-audit.server.ts";
import { hashToken } from "../open-data/api-token-secret.ts";
import { expiryAfter } from "../open-data/api-token-state.ts";
import { apiToken } from "../open-data/tables.ts";
import { organisationsMember, organisationsOrganisation } from "../organisations/tables.ts";
import { seedDemoCompanies } from "./demo-companies.ts";
import { demoApiToken, demoOrganisations, demoPassword, demoUsers } from "./demo-data.ts";
import { seedDemoDialogue } from "./demo-dialogue.ts";
import { seedDemoDialogueSteps } from "./demo-dialogue-steps.ts";
import { seedDemoDrafts } from "./demo-drafts.ts";
import { seedDemoInterest } from "./demo-interest.ts";
import { seedDemoPresentations } from "./demo-presentations.ts";
import { seedDemoWatches } from "./demo-watches.ts";
import { seedDemoPlans } from "./seed-demo-plans.server.ts";

/**
 * Fills an empty database with the demo organisations, accounts and Espoo's demo API token. Idempotent:
 * a database that already has organisations or users is left alone, so real data is never touched.
 */
export async function seedDemoData({
  db,
  withPlans = true,
}: {
  db: Db;
  /** Tests that bring their own plans seed the organisations and accounts only. */
  withPlans?: boolean;
}): Promise<{ seeded: boolean }> {
  const [users] = await db.select({ value: count() }).from(accountsUser);
  const [organisations] = await db.select({ value: count() }).from(organisationsOrganisation);
  if (Number(users?.value) > 0 || Number(organisations?.value) > 0) return { seeded: false };
  const passwordHash = await hashPassword(demoPassword);
  const organisationIds = new Map(demoOrganisations.map((o) => [o.key, randomUUID()]));
  const userIds = new Map(demoUsers.map((u) => [u.email, randomUUID()]));
  await db.transaction(async (tx) => {
    await tx.insert(organisationsOrganisation).values(
      demoOrganisations.map((o) => ({
        id: organisationIds.get(o.key) ?? "",
        name: o.name,
        slug: o.key,
        kind: o.kind,
        municipalityCode: o.municipalityCode ?? null,
        yTunnus: o.yTunnus ?? null,
      })),
    );
    for (const user of demoUsers) {
      const userId = userIds.get(user.email) ?? randomUUID();
      await tx.insert(accountsUser).values({
        id: userId,
        name: user.name,
        email: user.email,
        emailVerified: true,
        locale: user.locale,
        platformRole: user.platformRole ?? null,
      });
      await tx.insert(accountsAccount).values({
        id: randomUUID(),
        accountId: userId,
        providerId: "credential",
        userId,
        password: passwordHash,
      });
      for (const membership of user.memberships) {
        await tx.insert(organisationsMember).values({
          id: randomUUID(),
          organizationId: organisationIds.get(membership.organisation) ?? "",
          userId,
          role: membership.role,
        });
      }
    }
    // Only the hash is stored, as for every token; the README prints the token itself.
    await tx.insert(apiToken).values({
      organisationId: organisationIds.get(demoApiToken.organisation) ?? "",
      name: demoApiToken.name,
      tokenHash: hashToken(demoApiToken.token),
      createdBy: userIds.get(demoApiToken.createdBy) ?? null,
      ownedBy: userIds.get(demoApiToken.createdBy) ?? null,
      expiresAt: expiryAfter(demoApiToken.validDays),
    });
    const adminId = userIds.get(demoUsers.find((u) => u.platformRole === "platform-admin")?.email ?? "");
    const plans = withPlans ? await seedDemoPlans(tx, { organisationIds, actorId: adminId ?? null }) : 0;
    const companies = await seedDemoCompanies(tx, organisationIds);
    const watches = await seedDemoWatches(tx, userIds);
    const interest = withPlans
      ? await seedDemoInterest(tx, { organisationIds, userIds })
      : { interests: 0, partnerRequests: 0 };
    const dialogue = withPlans ? await seedDemoDialogue(tx, { organisationIds, userIds }) : { questions: 0 };
    const drafts = withPlans ? await seedDemoDrafts(tx, { organisationIds, userIds }) : { drafts: 0 };
    const dialogueSteps = withPlans
      ? await seedDemoDialogueSteps(tx, { organisationIds, userIds })
      : { plans: 0 };
    const presentations = await seedDemoPresentations(tx, organisationIds, userIds);
    await recordAudit(tx, {
      actorId: null,
      action: "demo.seed",
      entityType: "database",
      summary: {
        organisations: demoOrganisations.length,
        users: demoUsers.length,
        plans,
        companyProfiles: companies,
        watches,
        ...interest,
        ...dialogue,
        ...drafts,
        dialoguePlans: dialogueSteps.plans,
        presentations,
        apiTokens: 1,
      },
    });
  });
  return { seeded: true };
}

/** The demo accounts' e-mail addresses that exist in this database (the matrix and crawl tests log in as them). */
export async function listDemoAccounts(db: Db) {
  return db
    .select({ email: accountsUser.email })
    .from(accountsUser)
    .where(
      inArray(
        accountsUser.email,
        demoUsers.map((u) => u.email),
      ),
    );
}
