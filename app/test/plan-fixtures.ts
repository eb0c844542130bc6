import type { Database } from "../db/open-database.server.ts";
import type { Viewer } from "../modules/accounts/viewer.server.ts";
import { createPlan } from "../modules/plans/create-plan.server.ts";
import { planInputSchema } from "../modules/plans/schemas.ts";

/** A platform administrator acting for tests that need plans in an organisation. */
export const fixtureAdmin: Viewer = {
  userId: "fixture-admin",
  name: "Testi Ylläpitäjä",
  email: "admin@example.fi",
  locale: "fi",
  isPlatformAdmin: true,
  memberships: [],
  activeOrganisationId: null,
};

/** Creates a plan through the real command (validation, references, versions, audit); returns its id. */
export async function createFixturePlan(
  database: Database,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const input = planInputSchema.parse({
    title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor", en: "School cleaning services" },
    need: { fi: "Puhtaat ja terveelliset oppimisympäristöt 30 koululle." },
    mainCpv: "90910000",
    estimatedValueEur: 450_000,
    tenderYear: 2030,
    tenderQuarter: 1,
    isDividedIntoLots: false,
    noLotsReason: { fi: "Yksi sopimus on kokonaistaloudellisesti edullisin." },
    sustainability: [{ list: "strategic-procurement", code: "env-imp" }],
    visibility: "public",
    ...overrides,
  });
  const result = await createPlan({ services: { database }, viewer: fixtureAdmin, organisationId, input });
  if (!result.ok) throw new Error(`fixture plan refused: ${JSON.stringify(result.errors)}`);
  return result.planId;
}
