// The partners tables other modules may join on, read only (ADR 030). This file imports nothing but tables.
// Plans reads partners_request for the forward plan's filter "has open partner requests" (issue 12 point 17).

export { partnersRequest } from "./tables.ts";
