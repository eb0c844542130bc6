import { and, asc, count, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { escapeLike } from "../../lib/escape-like.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import type { Translated } from "../plans/index.server.ts";
import { cpvDescendantPrefix } from "../reference-data/index.ts";
import { refCpvCode, refMunicipality, refRegion } from "../reference-data/shared-tables.ts";
import type { DirectoryFilters } from "./directory-filters.ts";
import type { CertificateCode, SizeClass } from "./schemas.ts";
import {
  companiesCertificate,
  companiesContact,
  companiesCpv,
  companiesMunicipality,
  companiesProfile,
  companiesReference,
  companiesRegion,
} from "./tables.ts";

export type CompanyProfileView = {
  id: string;
  name: string;
  yTunnus: string | null;
  sizeClass: SizeClass;
  description: Translated;
  website: string | null;
  serviceLanguages: string[];
  servesAllFinland: boolean;
  isListed: boolean;
  offering: { code: string; label: string }[];
  regions: { code: string; name: string }[];
  municipalities: { code: string; name: string }[];
  certificates: { code: CertificateCode; otherName: string | null }[];
  references: { customer: string; description: string; year: number | null }[];
  contacts: { name: string; title: string | null; email: string; phone: string | null }[];
  updatedAt: Date;
};

const cpvLabel = (locale: Locale) =>
  ({ fi: refCpvCode.labelFi, sv: refCpvCode.labelSv, en: refCpvCode.labelEn })[locale];
const regionName = (locale: Locale) =>
  ({ fi: refRegion.nameFi, sv: refRegion.nameSv, en: refRegion.nameEn })[locale];
const municipalityName = (locale: Locale) =>
  locale === "sv" ? refMunicipality.nameSv : refMunicipality.nameFi;

/**
 * A company's profile with names in the locale, or null when the organisation is no company or has no
 * profile yet. Contacts are included: the caller decides who sees them (canSeeCompanyContacts).
 */
export async function getCompanyProfile({
  db,
  organisationId,
  locale,
}: {
  db: DbOrTx;
  organisationId: string;
  locale: Locale;
}): Promise<CompanyProfileView | null> {
  const [row] = await db
    .select({ organisation: organisationsOrganisation, profile: companiesProfile })
    .from(companiesProfile)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, companiesProfile.organisationId))
    .where(
      and(eq(companiesProfile.organisationId, organisationId), eq(organisationsOrganisation.kind, "company")),
    );
  if (!row) return null;
  const id = organisationId;
  const [offering, regions, municipalities, certificates, references, contacts] = await Promise.all([
    db
      .select({ code: companiesCpv.cpvCode, label: cpvLabel(locale) })
      .from(companiesCpv)
      .innerJoin(refCpvCode, eq(refCpvCode.code, companiesCpv.cpvCode))
      .where(eq(companiesCpv.organisationId, id))
      .orderBy(asc(companiesCpv.cpvCode)),
    db
      .select({ code: companiesRegion.regionCode, name: regionName(locale) })
      .from(companiesRegion)
      .innerJoin(refRegion, eq(refRegion.code, companiesRegion.regionCode))
      .where(eq(companiesRegion.organisationId, id))
      .orderBy(asc(companiesRegion.regionCode)),
    db
      .select({ code: companiesMunicipality.municipalityCode, name: municipalityName(locale) })
      .from(companiesMunicipality)
      .innerJoin(refMunicipality, eq(refMunicipality.code, companiesMunicipality.municipalityCode))
      .where(eq(companiesMunicipality.organisationId, id))
      .orderBy(asc(municipalityName(locale))),
    db
      .select({ code: companiesCertificate.code, otherName: companiesCertificate.otherName })
      .from(companiesCertificate)
      .where(eq(companiesCertificate.organisationId, id))
      .orderBy(asc(companiesCertificate.code)),
    db
      .select({
        customer: companiesReference.customer,
        description: companiesReference.description,
        year: companiesReference.year,
      })
      .from(companiesReference)
      .where(eq(companiesReference.organisationId, id))
      .orderBy(asc(companiesReference.position)),
    db
      .select({
        name: companiesContact.name,
        title: companiesContact.title,
        email: companiesContact.email,
        phone: companiesContact.phone,
      })
      .from(companiesContact)
      .where(eq(companiesContact.organisationId, id))
      .orderBy(asc(companiesContact.position)),
  ]);
  return {
    id,
    name: row.organisation.name,
    yTunnus: row.organisation.yTunnus,
    sizeClass: row.profile.sizeClass as SizeClass,
    description: row.profile.description,
    website: row.profile.website,
    serviceLanguages: row.profile.serviceLanguages,
    servesAllFinland: row.profile.servesAllFinland,
    isListed: row.profile.isListed,
    offering,
    regions,
    municipalities,
    certificates: certificates.map((c) => ({ code: c.code as CertificateCode, otherName: c.otherName })),
    references,
    contacts,
    updatedAt: row.profile.updatedAt,
  };
}

/** The directory's conditions: listed companies only, then each filter. */
export function directoryConditions(filters: DirectoryFilters): SQL[] {
  const conditions: (SQL | undefined)[] = [
    eq(companiesProfile.isListed, true),
    eq(organisationsOrganisation.kind, "company"),
  ];
  const id = companiesProfile.organisationId;
  for (const word of (filters.q?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8))
    conditions.push(sql`${companiesProfile.searchText} like ${`%${escapeLike(word)}%`}`);
  if (filters.cpv) {
    const prefix = cpvDescendantPrefix(filters.cpv);
    conditions.push(
      sql`exists (select 1 from ${companiesCpv} where ${companiesCpv.organisationId} = ${id} and ${companiesCpv.cpvCode} like ${`${prefix}%`})`,
    );
  }
  if (filters.region) {
    conditions.push(
      or(
        eq(companiesProfile.servesAllFinland, true),
        sql`exists (select 1 from ${companiesRegion} where ${companiesRegion.organisationId} = ${id} and ${companiesRegion.regionCode} = ${filters.region})`,
        sql`exists (select 1 from ${companiesMunicipality} join ${refMunicipality} on ${refMunicipality.code} = ${companiesMunicipality.municipalityCode} where ${companiesMunicipality.organisationId} = ${id} and ${refMunicipality.regionCode} = ${filters.region})`,
      ),
    );
  }
  if (filters.municipality) {
    conditions.push(
      or(
        eq(companiesProfile.servesAllFinland, true),
        sql`exists (select 1 from ${companiesMunicipality} where ${companiesMunicipality.organisationId} = ${id} and ${companiesMunicipality.municipalityCode} = ${filters.municipality})`,
        sql`exists (select 1 from ${companiesRegion} join ${refMunicipality} on ${refMunicipality.regionCode} = ${companiesRegion.regionCode} where ${companiesRegion.organisationId} = ${id} and ${refMunicipality.code} = ${filters.municipality})`,
      ),
    );
  }
  if (filters.size.length > 0) conditions.push(inArray(companiesProfile.sizeClass, filters.size));
  if (filters.certificate.length > 0)
    conditions.push(
      sql`exists (select 1 from ${companiesCertificate} where ${companiesCertificate.organisationId} = ${id} and ${inArray(companiesCertificate.code, filters.certificate)})`,
    );
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

export type DirectoryRow = { id: string; name: string; sizeClass: SizeClass; description: Translated };

/** A page of listed companies matching the filters, by name, with the total. */
export async function listDirectory({
  db,
  filters,
  pageSize = 20,
  limit,
}: {
  db: DbOrTx;
  filters: DirectoryFilters;
  pageSize?: number;
  /** Read this many from the start instead of one page (the XLSX export). */
  limit?: number;
}): Promise<{ rows: DirectoryRow[]; total: number; page: number; pageSize: number }> {
  const where = and(...directoryConditions(filters));
  const page = limit ? 1 : (filters.page ?? 1);
  const rows = await db
    .select({
      id: companiesProfile.organisationId,
      name: organisationsOrganisation.name,
      sizeClass: companiesProfile.sizeClass,
      description: companiesProfile.description,
    })
    .from(companiesProfile)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, companiesProfile.organisationId))
    .where(where)
    .orderBy(asc(organisationsOrganisation.name), asc(companiesProfile.organisationId))
    .limit(limit ?? pageSize)
    .offset(limit ? 0 : (page - 1) * pageSize);
  const [total] = await db
    .select({ value: count() })
    .from(companiesProfile)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, companiesProfile.organisationId))
    .where(where);
  return {
    rows: rows.map((row) => ({ ...row, sizeClass: row.sizeClass as SizeClass })),
    total: total?.value ?? 0,
    page,
    pageSize,
  };
}
