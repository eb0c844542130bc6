// The public surface of the interest module for server code: other modules, routes and the server import
// from here only (ADR 030).

// The partners module still asks for a plan's state through here; the query is the plans module's own.
export {
  countInterestedCompanies,
  getPlanInterestSummary,
  type InterestedCompany,
  listCompanyInterests,
  listInterestedCompanies,
  listInterestedCompanyIds,
} from "./interest-queries.server.ts";
export { markInterest } from "./mark-interest.server.ts";
export {
  actingCompanyOf,
  canSeeInterestedCompanies,
  isOpenToCompanies,
  representsCompany,
} from "./policy.ts";
export { withdrawInterest } from "./withdraw-interest.server.ts";
