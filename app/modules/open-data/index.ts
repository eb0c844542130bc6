// The public surface of the open-data module (safe for browser code): other modules, routes and the server import
// from here only (ADR 030).

export {
  apiTokenValidities,
  createApiTokenFormSchema,
  defaultApiTokenValidity,
  renewApiTokenFormSchema,
  reownApiTokenFormSchema,
  revokeApiTokenFormSchema,
} from "./api-token-forms.ts";
