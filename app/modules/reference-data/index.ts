// The browser-safe surface of the reference-data module: value classes, the CPV hierarchy and the
// code-list types. Server code imports queries and loading from index.server.ts (ADR 030).

export { classifyValue } from "./classify-value.ts";
export { cpvDescendantPrefix, normalizeCpvCode } from "./cpv-hierarchy.ts";
export {
  type PickerFields,
  type PickerKind,
  type PickerOption,
  pickerKinds,
  pickerQuerySchema,
  pickerSuggestionLimit,
  readPickerSearch,
  typedPickerCodes,
} from "./picker.ts";
export {
  fitsSuggestion,
  suggestValueCategory,
  type ValueCategorySuggestion,
} from "./suggest-value-category.ts";
export * from "./types.ts";
