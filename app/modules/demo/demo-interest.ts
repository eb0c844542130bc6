import { and, asc, like, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { interestPlanCompany } from "../interest/tables.ts";
import { partnersRequest } from "../partners/tables.ts";
import { publicPlansOnly } from "../plans/policy.ts";
import { plansPlan } from "../plans/tables.ts";

// The demo companies' interest in public plans of their trade, and one partner request, so the plan
// pages, the buyers' workspace and the companies' partner page have something to show.
const interests = [
  {
    company: "kirkas",
    user: "yrittaja@kirkas.example",
    cpvPrefixes: ["909"],
    note: "Hoidamme koulujen ja päiväkotien siivousta Uudellamaalla. Toivomme laatukriteereitä hinnan rinnalle.",
  },
  { company: "lahiruoka", user: "catering@lahiruoka.example", cpvPrefixes: ["555", "158"], note: null },
] as const;
const plansPerCompany = 3;

/** Writes the demo interests and partner request inside the seed's transaction; returns how many of each. */
export async function seedDemoInterest(
  tx: DbOrTx,
  { organisationIds, userIds }: { organisationIds: Map<string, string>; userIds: Map<string, string> },
): Promise<{ interests: number; partnerRequests: number }> {
  let written = 0;
  let partnerRequests = 0;
  for (const interest of interests) {
    const organisationId = organisationIds.get(interest.company);
    if (!organisationId) continue;
    const plans = await tx
      .select({ id: plansPlan.id })
      .from(plansPlan)
      .where(
        and(
          or(...interest.cpvPrefixes.map((prefix) => like(plansPlan.mainCpv, `${prefix}%`))),
          publicPlansOnly(),
        ),
      )
      .orderBy(asc(plansPlan.tenderYear), asc(sql`${plansPlan.title}->>'fi'`))
      .limit(plansPerCompany);
    if (plans.length === 0) continue;
    const markedBy = userIds.get(interest.user) ?? null;
    await tx
      .insert(interestPlanCompany)
      .values(plans.map((plan) => ({ planId: plan.id, organisationId, note: interest.note, markedBy })));
    written += plans.length;
    const first = plans[0];
    if (interest.company === "lahiruoka" && first) {
      await tx.insert(partnersRequest).values({
        planId: first.id,
        organisationId,
        kind: "subcontracting",
        direction: "seeking",
        description:
          "Haemme alihankkijaksi pientä leipomoa tai kasvistukkua, joka toimittaa arkisin aamulla päiväkoteihin. Kerro, millä alueella toimitte.",
        createdBy: markedBy,
      });
      partnerRequests += 1;
    }
  }
  return { interests: written, partnerRequests };
}
