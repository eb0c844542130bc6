import { asc, sql } from "drizzle-orm";
import { registerPersonalData } from "../accounts/index.server.ts";
import { plansPlan } from "./tables.ts";

registerPersonalData({
  module: "plans",
  // Plans where the person is named as the contracting authority's contact.
  exportFor: async (tx, subject) => ({
    planContacts: await tx
      .select({
        planId: plansPlan.id,
        organisationId: plansPlan.organisationId,
        contactName: plansPlan.contactName,
        contactEmail: plansPlan.contactEmail,
        contactPhone: plansPlan.contactPhone,
      })
      .from(plansPlan)
      .where(sql`lower(${plansPlan.contactEmail}) = lower(${subject.email})`)
      .orderBy(asc(plansPlan.createdAt)),
  }),
  // A plan's contact is the contracting authority's official contact in a public record: it stays in
  // the plan and its published versions until the authority names another (ADR 029).
  eraseFor: async () => {},
});
