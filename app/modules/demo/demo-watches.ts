import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { notifyWatchers } from "../watches/match-plan-version.server.ts";
import { watchesNotification, watchesWatch } from "../watches/tables.ts";

/**
 * The cleaning company's administrator watches cleaning services (CPV 909…) in Uusimaa, and has heard
 * about the matching demo plans already (marked as e-mailed, so seeding sends nothing).
 */
export async function seedDemoWatches(tx: DbOrTx, userIds: Map<string, string>): Promise<number> {
  const userId = userIds.get("yrittaja@kirkas.example");
  if (!userId) return 0;
  await tx.insert(watchesWatch).values({
    userId,
    name: "Siivous Uusimaa",
    cpvCodes: ["90900000"],
    cpvPrefixes: ["909"],
    regions: ["01"],
    events: ["published", "dialogue-opened", "changed", "tender-published"],
    instant: true,
    digest: true,
  });
  const plans = (await tx.execute(sql`
    select p.id from plans_plan p
    where p.visibility = 'public' and p.archived_at is null
      and exists (select 1 from plans_plan_cpv c where c.plan_id = p.id and c.cpv_code like '909%')
    order by p.published_at desc nulls last, p.id limit 5`)) as unknown as { rows: { id: string }[] };
  for (const plan of plans.rows)
    await notifyWatchers(tx, { planId: plan.id, version: 1, events: ["published"] });
  await tx
    .update(watchesNotification)
    .set({ instantPending: false, emailedAt: sql`now()` })
    .where(sql`${watchesNotification.userId} = ${userId}`);
  return 1;
}
