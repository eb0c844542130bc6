// The public surface of the accounts module for server code: other modules, routes and the server import
// from here only (ADR 030).

export { registerAccountLinkJobs } from "./account-jobs.server.ts";
export { type AccountMail, type Auth, createAuth } from "./auth.server.ts";
export { deleteMyAccount } from "./delete-my-account.server.ts";
export { exportMyData } from "./export-my-data.server.ts";
export { logIn, logOut } from "./log-in.server.ts";
export { hashPassword } from "./password.server.ts";
export { type DataSubject, registerPersonalData } from "./personal-data-registry.ts";
export { registerAccountJobs } from "./prune-rate-limits.server.ts";
export { consumeRateLimit, rateLimits } from "./rate-limit.server.ts";
export { requestMagicLink, requestPasswordReset } from "./request-email-link.server.ts";
export { resetPassword } from "./reset-password.server.ts";
export {
  landingPath,
  landingPathOf,
  loadViewer,
  requireViewer,
  safeNextPath,
} from "./route-viewer.server.ts";
export { signUp } from "./sign-up.server.ts";
export { getViewer, type Membership, type Viewer } from "./viewer.server.ts";
