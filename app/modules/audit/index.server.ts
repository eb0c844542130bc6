// The public surface of the audit module for server code: other modules, routes and the server import
// from here only (ADR 030).

export { recordAudit } from "./record-audit.server.ts";
