// The public surface of the companies module for server code: other modules, routes and the server import
// from here only (ADR 030).

export {
  type CompanyFormValues,
  companyFormToInput,
  companyPickers,
  profileToFormValues,
  readCompanyForm,
} from "./company-form.ts";
export { getCompanyProfile, listDirectory } from "./company-queries.server.ts";
export { directoryXlsx } from "./directory-export.server.ts";
export { canEditCompanyProfile, canSeeCompanyContacts, canSeeUnlistedCompany, isBuyer } from "./policy.ts";
export { publicCompanyJson, publicCompanyView, publicDirectoryItem } from "./public-company.ts";
export { saveCompanyProfile, writeCompanyProfile } from "./save-company-profile.server.ts";
export { watchParamsFromProfile } from "./watch-from-profile.ts";
