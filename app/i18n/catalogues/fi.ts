import { fiCompanies } from "./fi-companies.ts";
import { fiCore } from "./fi-core.ts";
import { fiOpenData } from "./fi-open-data.ts";
import { fiPlans } from "./fi-plans.ts";
import { fiPresentations } from "./fi-presentations.ts";

/** The Finnish catalogue, the master: Swedish and English must have exactly its keys (catalogue.ts). */
export const fi = { ...fiCore, ...fiPlans, ...fiOpenData, ...fiCompanies, ...fiPresentations };
