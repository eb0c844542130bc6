export const organisationKinds = [
  "municipality",
  "joint-procurement-unit",
  "contracting-authority",
  "company",
  "advisory",
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationRoles = [
  "buyer-admin",
  "buyer",
  "leadership",
  "company-admin",
  "company-member",
  "advisor",
] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

/** Roles a platform-wide administrator has outside any organisation. */
export const platformRoles = ["platform-admin"] as const;
export type PlatformRole = (typeof platformRoles)[number];

const authorityRoles = ["buyer-admin", "buyer", "leadership"] as const;

/** Which roles a member of each kind of organisation can have. */
export const rolesByKind: Record<OrganisationKind, readonly OrganisationRole[]> = {
  municipality: authorityRoles,
  "joint-procurement-unit": authorityRoles,
  "contracting-authority": authorityRoles,
  company: ["company-admin", "company-member"],
  advisory: ["advisor"],
};

/** The role the founder of an organisation gets: the one that can invite others. */
export const founderRoleByKind: Record<OrganisationKind, OrganisationRole> = {
  municipality: "buyer-admin",
  "joint-procurement-unit": "buyer-admin",
  "contracting-authority": "buyer-admin",
  company: "company-admin",
  advisory: "advisor",
};

/** Roles that administer their organisation: invite and remove members, read its audit log. */
export const adminRoles: ReadonlySet<OrganisationRole> = new Set(["buyer-admin", "company-admin", "advisor"]);

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === "string" && (organisationKinds as readonly string[]).includes(value);
}

export function isOrganisationRole(value: unknown): value is OrganisationRole {
  return typeof value === "string" && (organisationRoles as readonly string[]).includes(value);
}

export function isRoleAllowedForKind(role: OrganisationRole, kind: OrganisationKind): boolean {
  return rolesByKind[kind].includes(role);
}
