import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { adminRoles, type OrganisationKind, type OrganisationRole } from "./roles.ts";
import { organisationsMember, organisationsOrganisation } from "./tables.ts";

export type Membership = {
  organisationId: string;
  /** The registered name. */
  name: string;
  /** The name in Swedish and English where known (Esbo stad, City of Espoo), for the header's switcher. */
  names?: { sv?: string; en?: string };
  kind: OrganisationKind;
  role: OrganisationRole;
};

/** The organisations a person belongs to, by name: the viewer's memberships and their data export. */
export async function listMemberships(db: DbOrTx, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({
      organisationId: organisationsOrganisation.id,
      name: organisationsOrganisation.name,
      nameSv: organisationsOrganisation.nameSv,
      nameEn: organisationsOrganisation.nameEn,
      kind: organisationsOrganisation.kind,
      role: organisationsMember.role,
    })
    .from(organisationsMember)
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, organisationsMember.organizationId),
    )
    .where(eq(organisationsMember.userId, userId))
    .orderBy(asc(organisationsOrganisation.name));
  return rows.map(({ nameSv, nameEn, ...row }) => ({
    ...(row as Omit<Membership, "names">),
    names: { ...(nameSv ? { sv: nameSv } : {}), ...(nameEn ? { en: nameEn } : {}) },
  }));
}

/**
 * The names of the organisations where `userId` is the only administrator. Locks the rows of every
 * organisation they administer, in id order, so that two administrators leaving at once wait for each
 * other instead of both seeing the other stay (ADR 022).
 */
export async function lockOrganisationsOnlyAdministeredBy(tx: Tx, userId: string): Promise<string[]> {
  const administered = await tx
    .select({ organisationId: organisationsMember.organizationId })
    .from(organisationsMember)
    .where(and(eq(organisationsMember.userId, userId), inArray(organisationsMember.role, [...adminRoles])));
  const organisationIds = administered.map((row) => row.organisationId);
  if (organisationIds.length === 0) return [];
  const locked = await tx
    .select({ id: organisationsOrganisation.id, name: organisationsOrganisation.name })
    .from(organisationsOrganisation)
    .where(inArray(organisationsOrganisation.id, organisationIds))
    .orderBy(asc(organisationsOrganisation.id))
    .for("no key update");
  const otherAdmins = await tx
    .select({ organisationId: organisationsMember.organizationId, count: sql<number>`count(*)::int` })
    .from(organisationsMember)
    .where(
      and(
        inArray(organisationsMember.organizationId, organisationIds),
        ne(organisationsMember.userId, userId),
        inArray(organisationsMember.role, [...adminRoles]),
      ),
    )
    .groupBy(organisationsMember.organizationId);
  const covered = new Set(
    otherAdmins.filter((row) => Number(row.count) > 0).map((row) => row.organisationId),
  );
  return locked.filter((row) => !covered.has(row.id)).map((row) => row.name);
}
