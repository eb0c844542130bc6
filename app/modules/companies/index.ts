// The public surface of the companies module (safe for browser code): other modules, routes and the server import
// from here only (ADR 030).

export {
  directoryFiltersSchema,
  directoryFiltersToParams,
  parseDirectoryFilters,
} from "./directory-filters.ts";
export {
  certificateCodes,
  companyProfileSchema,
  maxContacts,
  maxReferences,
  type SizeClass,
  serviceLanguageChoices,
  sizeClasses,
} from "./schemas.ts";
