import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { organisationsMember, organisationsOrganisation } from "../organisations/shared-tables.ts";
import { watchesNotification } from "./tables.ts";

/**
 * The companies whose representatives watch a plan: someone of theirs was notified about it by a
 * watch. Market dialogue asks this to find who followed a plan (e.g. for its "why didn't you take
 * part?" survey).
 * @example const companies = await listPlanWatcherCompanyIds(tx, planId);
 */
export async function listPlanWatcherCompanyIds(db: DbOrTx, planId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ organisationId: organisationsMember.organizationId })
    .from(watchesNotification)
    .innerJoin(organisationsMember, eq(organisationsMember.userId, watchesNotification.userId))
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, organisationsMember.organizationId),
    )
    .where(
      and(
        eq(watchesNotification.planId, planId),
        eq(organisationsOrganisation.kind, "company"),
        inArray(organisationsMember.role, ["company-admin", "company-member"]),
      ),
    );
  return rows.map((row) => row.organisationId);
}
