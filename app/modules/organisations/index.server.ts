// The public surface of the organisations module for server code: other modules, routes and the server import
// from here only (ADR 030).

// biome-ignore assist/source/organizeImports: the tables come first, because plans (reached through closeOrganisation) imports this file back and uses them while it loads.
export { organisationsMember, organisationsOrganisation } from "./tables.ts";

export { closeOrganisation, describeOrganisationClosing } from "./close-organisation.server.ts";
export { createOrganisation } from "./create-organisation.server.ts";
export { inviteMember } from "./invite-member.server.ts";
export {
  assertAllowed,
  canAdministerOrganisation,
  canCreateOrganisation,
  canViewMembers,
  membershipIn,
} from "./policy.ts";
export {
  getOrganisation,
  listMembers,
  listOrganisationAuditLog,
  listOrganisations,
} from "./queries.server.ts";
export { requestToJoin } from "./request-to-join.server.ts";
export { getInvitation, respondToInvitation } from "./respond-to-invitation.server.ts";
export { switchActiveOrganisation } from "./switch-active-organisation.server.ts";
