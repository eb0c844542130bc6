// The public surface of the interest module (safe for browser code): other modules, routes and the server import
// from here only (ADR 030).

export { interestFormSchema, maxInterestNoteLength } from "./schemas.ts";
