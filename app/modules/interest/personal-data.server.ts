import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import { interestPlanCompany } from "./tables.ts";

/** The "we are interested" marks a person made for their company, for the export of their data. */
export async function interestDataOfPerson(db: Db, userId: string) {
  const interests = await db
    .select({
      planId: interestPlanCompany.planId,
      organisationId: interestPlanCompany.organisationId,
      note: interestPlanCompany.note,
      createdAt: interestPlanCompany.createdAt,
      updatedAt: interestPlanCompany.updatedAt,
    })
    .from(interestPlanCompany)
    .where(eq(interestPlanCompany.markedBy, userId))
    .orderBy(desc(interestPlanCompany.updatedAt));
  return { interests };
}
