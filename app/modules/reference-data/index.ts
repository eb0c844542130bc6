// The public surface of the reference-data module: CPV codes, NUTS regions, regions and municipalities,
// eForms code lists and procurement thresholds. Other modules import from here only.
// Browser code imports `classify-value.ts`, `cpv-hierarchy.ts` and `types.ts` directly, since this file
// also re-exports server-only functions.

export { classifyValue } from "./classify-value.ts";
export { normalizeCpvCode } from "./cpv-hierarchy.ts";
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
export { ReferenceDataError } from "./read-reference-files.server.ts";
export * from "./types.ts";
