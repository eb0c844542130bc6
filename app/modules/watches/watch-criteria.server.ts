import { inArray } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { refCpvCode } from "../reference-data/shared-tables.ts";
import { watchFormOptions } from "./watch-queries.server.ts";

type Criteria = {
  id: string;
  keywords: string;
  cpvCodes: string[];
  regions: string[];
  municipalities: string[];
  organisations: string[];
};

/** One criterion as a person reads it: "90900000 Siivous- ja puhtaanapitopalvelut", "Uusimaa". */
export type CriterionLabel = {
  kind: "keywords" | "cpv" | "region" | "municipality" | "organisation";
  label: string;
};

/**
 * The watches' criteria by name in the viewer's language, per watch id: CPV codes with their titles,
 * regions, municipalities and contracting authorities by name (a code nobody knows any more as itself).
 */
export async function describeWatchCriteria(
  db: Db,
  watches: Criteria[],
  locale: Locale,
): Promise<Record<string, CriterionLabel[]>> {
  const codes = [...new Set(watches.flatMap((watch) => watch.cpvCodes))];
  const cpv =
    codes.length === 0
      ? []
      : await db
          .select({
            code: refCpvCode.code,
            fi: refCpvCode.labelFi,
            sv: refCpvCode.labelSv,
            en: refCpvCode.labelEn,
          })
          .from(refCpvCode)
          .where(inArray(refCpvCode.code, codes));
  const cpvTitles = new Map(cpv.map((row) => [row.code, row[locale]]));
  const options = await watchFormOptions(db, locale);
  const names = (list: { code: string; name: string }[]) =>
    new Map(list.map((item) => [item.code, item.name]));
  const regions = names(options.regions);
  const municipalities = names(options.municipalities);
  const organisations = names(options.organisations);
  return Object.fromEntries(
    watches.map((watch) => [
      watch.id,
      [
        ...(watch.keywords ? [{ kind: "keywords" as const, label: watch.keywords }] : []),
        ...watch.cpvCodes.map((code) => ({
          kind: "cpv" as const,
          label: cpvTitles.has(code) ? `${code} ${cpvTitles.get(code)}` : code,
        })),
        ...watch.regions.map((code) => ({ kind: "region" as const, label: regions.get(code) ?? code })),
        ...watch.municipalities.map((code) => ({
          kind: "municipality" as const,
          label: municipalities.get(code) ?? code,
        })),
        ...watch.organisations.map((id) => ({
          kind: "organisation" as const,
          label: organisations.get(id) ?? id,
        })),
      ],
    ]),
  );
}
