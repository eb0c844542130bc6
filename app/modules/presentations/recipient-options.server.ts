import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { organisationNameIn } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { refMunicipality, refRegion } from "../reference-data/shared-tables.ts";

export type RecipientOption = { id: string; name: string };
/** The recipients of one region (maakunta); `region` null for those with no municipality. */
export type RecipientGroup = { region: string | null; name: string | null; options: RecipientOption[] };

/**
 * The organisations a presentation can be sent to (municipalities and other contracting authorities),
 * grouped by the region of their municipality in the reader's language, regions and names in
 * alphabetical order; those without a municipality come last.
 */
export async function listRecipientOptions(db: DbOrTx, locale: Locale): Promise<RecipientGroup[]> {
  const rows = await db
    .select({
      id: organisationsOrganisation.id,
      name: organisationNameIn(locale),
      region: refRegion.code,
      regionFi: refRegion.nameFi,
      regionSv: refRegion.nameSv,
      regionEn: refRegion.nameEn,
    })
    .from(organisationsOrganisation)
    .leftJoin(refMunicipality, eq(refMunicipality.code, organisationsOrganisation.municipalityCode))
    .leftJoin(refRegion, eq(refRegion.code, refMunicipality.regionCode))
    .where(
      inArray(organisationsOrganisation.kind, [
        "municipality",
        "joint-procurement-unit",
        "contracting-authority",
      ]),
    )
    .orderBy(asc(organisationNameIn(locale)), asc(organisationsOrganisation.id));
  const groups = new Map<string, RecipientGroup>();
  for (const row of rows) {
    const key = row.region ?? "";
    const name = row.region ? { fi: row.regionFi, sv: row.regionSv, en: row.regionEn }[locale] : null;
    const group = groups.get(key) ?? { region: row.region, name, options: [] };
    group.options.push({ id: row.id, name: row.name });
    groups.set(key, group);
  }
  const collator = new Intl.Collator(locale);
  return [...groups.values()].sort((a, b) =>
    a.name === null ? 1 : b.name === null ? -1 : collator.compare(a.name, b.name),
  );
}
