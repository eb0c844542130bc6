// The public surface of the organisations module for server code: other modules, routes and the server import
// from here only (ADR 030).

export { closeOrganisation, describeOrganisationClosing } from "./close-organisation.server.ts";
export { createOrganisation } from "./create-organisation.server.ts";
export { inviteMember } from "./invite-member.server.ts";
export {
  listMemberships,
  lockOrganisationsOnlyAdministeredBy,
  type Membership,
} from "./memberships.server.ts";
export { organisationNameIn } from "./organisation-name.ts";
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
