import { asc, eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { type DataSubject, registerPersonalData } from "../accounts/index.server.ts";
import { companiesContact } from "./tables.ts";

// A contact entry is the person's when it is linked to their account or carries their address (an entry
// made before they joined, or in another company's profile): both are exported and erased (ADR 029).
const isTheirs = (subject: DataSubject) =>
  or(
    eq(companiesContact.userId, subject.userId),
    sql`lower(${companiesContact.email}) = lower(${subject.email})`,
  );

/** The company contact entries that name the person, for the export of their data. */
export async function contactDataOfPerson(db: DbOrTx, subject: DataSubject) {
  const companyContacts = await db
    .select({
      organisationId: companiesContact.organisationId,
      name: companiesContact.name,
      title: companiesContact.title,
      email: companiesContact.email,
      phone: companiesContact.phone,
      linkedToAccount: sql<boolean>`${companiesContact.userId} is not null`,
    })
    .from(companiesContact)
    .where(isTheirs(subject))
    .orderBy(asc(companiesContact.organisationId), asc(companiesContact.position));
  return { companyContacts };
}

registerPersonalData({
  module: "companies",
  exportFor: contactDataOfPerson,
  // Buyers must not be shown a contact person who has left: the entry goes, name, e-mail and phone.
  eraseFor: async (tx, subject) => {
    await tx.delete(companiesContact).where(isTheirs(subject));
  },
});
