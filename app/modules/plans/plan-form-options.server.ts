import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import {
  findThresholds,
  listCpvAncestors,
  listEformsCodes,
  searchCpvCodes,
} from "../reference-data/index.server.ts";
import { eformsCodeLists } from "../reference-data/index.ts";
import { refMunicipality } from "../reference-data/shared-tables.ts";
import { officialLanguagesOf } from "./plan-languages.ts";

export type CpvResult = { code: string; label: string; ancestors: { code: string; label: string }[] };

/**
 * What the plan form offers: the eForms sustainability codes per list, the possible participants and
 * the lead organisation's official languages (which the form marks as required).
 */
export async function loadPlanFormOptions(db: DbOrTx, locale: Locale, leadOrganisationId: string) {
  const codeLists = await Promise.all(
    eformsCodeLists.map(async (list) => ({
      list,
      codes: (await listEformsCodes({ db, list })).map((code) => ({
        code: code.code,
        label: code.label[locale] || code.label.fi,
      })),
    })),
  );
  const organisations = await db
    .select({ id: organisationsOrganisation.id, name: organisationsOrganisation.name })
    .from(organisationsOrganisation)
    .where(
      and(
        inArray(organisationsOrganisation.kind, [
          "municipality",
          "joint-procurement-unit",
          "contracting-authority",
        ]),
        ne(organisationsOrganisation.id, leadOrganisationId),
      ),
    )
    .orderBy(asc(organisationsOrganisation.name));
  const [lead] = await db
    .select({ language: refMunicipality.language })
    .from(organisationsOrganisation)
    .leftJoin(refMunicipality, eq(refMunicipality.code, organisationsOrganisation.municipalityCode))
    .where(eq(organisationsOrganisation.id, leadOrganisationId));
  const officialLanguages = [...officialLanguagesOf(lead?.language)];
  // The kind hint shows the thresholds in force today (issue 12 point 14).
  const thresholds = await findThresholds({ db, at: new Date() });
  return { codeLists, organisations, officialLanguages, thresholds };
}

/** CPV codes matching a search in the page language, each with its hierarchy (division first). */
export async function findCpvForForm(db: DbOrTx, locale: Locale, text: string): Promise<CpvResult[]> {
  const codes = await searchCpvCodes({ db, locale, text, limit: 10 });
  return Promise.all(
    codes.map(async (code) => ({
      code: code.code,
      label: code.label[locale] || code.label.fi,
      ancestors: (await listCpvAncestors({ db, code: code.code }))
        .filter((ancestor) => ancestor.code !== code.code)
        .map((ancestor) => ({ code: ancestor.code, label: ancestor.label[locale] || ancestor.label.fi })),
    })),
  );
}
