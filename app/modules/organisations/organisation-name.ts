import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import type { Locale } from "../../i18n/locales.ts";
import { organisationsOrganisation } from "./tables.ts";

type NameColumns = { name: AnyColumn; nameSv: AnyColumn; nameEn: AnyColumn };

/**
 * An organisation's name in the reader's language, for a query's select or order: "Esbo stad" on /sv/,
 * "City of Espoo" on /en/, the registered name where no translation is known. Pass an alias of the
 * organisations table when the query joins it twice.
 *
 * @example db.select({ name: organisationNameIn(locale) }).from(organisationsOrganisation)
 */
export function organisationNameIn(
  locale: Locale,
  table: NameColumns = organisationsOrganisation,
): SQL<string> {
  if (locale === "sv") return sql<string>`coalesce(${table.nameSv}, ${table.name})`;
  if (locale === "en") return sql<string>`coalesce(${table.nameEn}, ${table.name})`;
  return sql<string>`${table.name}`;
}
