// The public surface of the partners module (safe for browser code): other modules, routes and the server import
// from here only (ADR 030).

export {
  maxDescriptionLength,
  maxMessageLength,
  maxNewThreadsPerDay,
  type PartnerBoardFilters,
  parsePartnerBoardFilters,
  partnerBoardFiltersSchema,
  partnerBoardPageSize,
  partnerDirections,
  partnerKinds,
  partnerMessageSchema,
  partnerRequestSchema,
} from "./schemas.ts";
