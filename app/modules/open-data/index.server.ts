// The public surface of the open-data module for server code: other modules, routes and the server import
// from here only (ADR 030).

export { assertCanManageApiTokens, canManageApiTokensOf } from "./api-token-policy.server.ts";
export { hashToken } from "./api-token-secret.ts";
export { expiryAfter } from "./api-token-state.ts";
export { createApiV1 } from "./api-v1.server.ts";
export { createApiToken } from "./create-api-token.server.ts";
export { listApiTokens } from "./list-api-tokens.server.ts";
export { renewApiToken } from "./renew-api-token.server.ts";
export { reownApiToken } from "./reown-api-token.server.ts";
export { revokeApiToken } from "./revoke-api-token.server.ts";
