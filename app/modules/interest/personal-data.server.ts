import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { registerPersonalData } from "../accounts/index.server.ts";
import { interestPlanCompany } from "./tables.ts";

/** The "we are interested" marks a person made for their company, for the export of their data. */
export async function interestDataOfPerson(db: DbOrTx, userId: string) {
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

registerPersonalData({
  module: "interest",
  exportFor: (tx, subject) => interestDataOfPerson(tx, subject.userId),
  // The mark is the company's and stays; only who made it is forgotten.
  eraseFor: async (tx, subject) => {
    await tx
      .update(interestPlanCompany)
      .set({ markedBy: null })
      .where(eq(interestPlanCompany.markedBy, subject.userId));
  },
});
