import type { Catalogue } from "./catalogue.ts";
import { enCompanies } from "./en-companies.ts";
import { enCore } from "./en-core.ts";
import { enOpenData } from "./en-open-data.ts";
import { enPlans } from "./en-plans.ts";
import { enPresentations } from "./en-presentations.ts";

/** The English catalogue: exactly the Finnish catalogue's keys (catalogue.ts). */
export const en: Catalogue = { ...enCore, ...enPlans, ...enOpenData, ...enCompanies, ...enPresentations };
