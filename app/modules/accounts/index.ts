// The public surface of the accounts module (safe for browser code): other modules, routes and the server import
// from here only (ADR 030).

export { cookieHeaders } from "./auth-headers.ts";
export {
  deleteAccountSchema,
  fieldErrors,
  logInSchema,
  magicLinkSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  signUpSchema,
} from "./schemas.ts";
