import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { intlLocales, type Locale } from "../../i18n/locales.ts";
import { refMunicipality, refRegion } from "./tables.ts";
import type { Municipality, Region } from "./types.ts";

// Sorting in JavaScript rather than with a database collation: PGlite has no ICU collations, and
// Finnish and Swedish both sort å, ä and ö after z, which a plain byte order gets wrong for Å.
function byName(locale: Locale) {
  const collator = new Intl.Collator(intlLocales[locale]);
  return (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
}

/** English has no names of its own for municipalities, so it uses the Finnish ones. */
function pickName(locale: Locale, names: { fi: string; sv: string }): string {
  return locale === "sv" ? names.sv : names.fi;
}

/**
 * Every Finnish municipality with its region, named and sorted in the locale (Finnish or Swedish
 * alphabetical order; English uses the Finnish names).
 * @example const municipalities = await listMunicipalities({ db, locale: "sv" }) // Akaa, Alajärvi, …
 */
export async function listMunicipalities(options: { db: DbOrTx; locale: Locale }): Promise<Municipality[]> {
  const { locale } = options;
  const rows = await options.db
    .select({ municipality: refMunicipality, region: refRegion })
    .from(refMunicipality)
    .innerJoin(refRegion, eq(refRegion.code, refMunicipality.regionCode));
  return rows
    .map(({ municipality, region }) => ({
      code: municipality.code,
      name: pickName(locale, { fi: municipality.nameFi, sv: municipality.nameSv }),
      nameFi: municipality.nameFi,
      nameSv: municipality.nameSv,
      language: municipality.language,
      regionCode: region.code,
      regionName:
        locale === "en" ? region.nameEn : pickName(locale, { fi: region.nameFi, sv: region.nameSv }),
    }))
    .sort(byName(locale));
}

/** The 19 regions (maakunnat) with their NUTS 3 codes, named and sorted in the locale. */
export async function listRegions(options: { db: DbOrTx; locale: Locale }): Promise<Region[]> {
  const { locale } = options;
  const rows = await options.db.select().from(refRegion);
  return rows
    .map((region) => ({
      code: region.code,
      name: locale === "en" ? region.nameEn : pickName(locale, { fi: region.nameFi, sv: region.nameSv }),
      nuts3Code: region.nuts3Code,
    }))
    .sort(byName(locale));
}
