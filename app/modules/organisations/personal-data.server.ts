import { desc, eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { type DataSubject, registerPersonalData } from "../accounts/index.server.ts";
import { listMemberships, lockOrganisationsOnlyAdministeredBy } from "./memberships.server.ts";
import { organisationsInvitation, organisationsMember } from "./tables.ts";

const sentOrReceived = (subject: DataSubject) =>
  or(
    eq(organisationsInvitation.inviterId, subject.userId),
    sql`lower(${organisationsInvitation.email}) = lower(${subject.email})`,
  );

/** The person's memberships and the invitations they sent or were sent, for the export of their data. */
async function organisationDataOfPerson(db: DbOrTx, subject: DataSubject) {
  const invitations = await db
    .select({
      organisationId: organisationsInvitation.organizationId,
      email: organisationsInvitation.email,
      role: organisationsInvitation.role,
      status: organisationsInvitation.status,
      sentByMe: sql<boolean>`${organisationsInvitation.inviterId} = ${subject.userId}`,
      createdAt: organisationsInvitation.createdAt,
      expiresAt: organisationsInvitation.expiresAt,
    })
    .from(organisationsInvitation)
    .where(sentOrReceived(subject))
    .orderBy(desc(organisationsInvitation.createdAt));
  return { memberships: await listMemberships(db, subject.userId), invitations };
}

registerPersonalData({
  module: "organisations",
  exportFor: organisationDataOfPerson,
  // An organisation must keep someone who can manage it: its last administrator closes it first.
  refuseErasure: (tx, subject) => lockOrganisationsOnlyAdministeredBy(tx, subject.userId),
  // Invitations to the person's address name them; the ones they sent go with the account (the inviter
  // is a required reference), so do their memberships.
  eraseFor: async (tx, subject) => {
    await tx.delete(organisationsInvitation).where(sentOrReceived(subject));
    await tx.delete(organisationsMember).where(eq(organisationsMember.userId, subject.userId));
  },
});
