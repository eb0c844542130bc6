// The public surface of the organisations module (safe for browser code): other modules, routes and the server import
// from here only (ADR 030).

export { type AuditDetail, type AuditValue, describeAuditSummary } from "./audit-description.ts";
export {
  adminRoles,
  isOrganisationKind,
  type OrganisationKind,
  type OrganisationRole,
  organisationKinds,
  rolesByKind,
} from "./roles.ts";
export {
  closeOrganisationSchema,
  createOrganisationSchema,
  inviteMemberSchema,
  joinRequestSchema,
  switchOrganisationSchema,
} from "./schemas.ts";
