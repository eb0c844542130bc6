// The public surface of the reference-data module for server code: other modules, routes and the server import
// from here only (ADR 030).

export {
  getCpvCode,
  listCpvAncestors,
  listCpvChildren,
  type SearchCpvCodesOptions,
  searchCpvCodes,
} from "./cpv-queries.server.ts";
export { findThresholds } from "./find-thresholds.server.ts";
export { isReferenceDataLoaded } from "./is-reference-data-loaded.server.ts";
export { listEformsCodes } from "./list-eforms-codes.server.ts";
export {
  type LoadReferenceDataOptions,
  type LoadReferenceDataResult,
  loadReferenceData,
} from "./load-reference-data.server.ts";
export { listMunicipalities, listRegions } from "./municipality-queries.server.ts";
export {
  answerPickerSearch,
  describePicked,
  describePickerCodes,
  searchPickerOptions,
} from "./picker-queries.server.ts";
export { ReferenceDataError } from "./read-reference-files.server.ts";
