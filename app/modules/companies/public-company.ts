import type { CompanyProfileView, DirectoryRow } from "./company-queries.server.ts";

// What anyone may see of a company, field by field. Every public output of the companies module (the
// company page, the directory, its XLSX without contacts, /api/v1/companies) goes through these
// serializers: a column added to a companies table stays private until it is named here. Contact persons
// (personal data) are never part of them; the page adds them for those who may see them.

/** A company's public profile as the company page shows it (names of codes in the page language). */
export function publicCompanyView(profile: CompanyProfileView) {
  return {
    id: profile.id,
    name: profile.name,
    yTunnus: profile.yTunnus,
    sizeClass: profile.sizeClass,
    description: profile.description,
    website: profile.website,
    serviceLanguages: profile.serviceLanguages,
    servesAllFinland: profile.servesAllFinland,
    isListed: profile.isListed,
    offering: profile.offering.map((item) => ({ code: item.code, label: item.label })),
    regions: profile.regions.map((item) => ({ code: item.code, name: item.name })),
    municipalities: profile.municipalities.map((item) => ({ code: item.code, name: item.name })),
    certificates: profile.certificates.map((item) => ({ code: item.code, otherName: item.otherName })),
    references: profile.references.map((item) => ({
      customer: item.customer,
      description: item.description,
      year: item.year,
    })),
    updatedAt: profile.updatedAt.toISOString(),
  };
}

/** A listed company's profile in the open data API (codes, not names). */
export function publicCompanyJson(profile: CompanyProfileView) {
  const view = publicCompanyView(profile);
  return {
    id: view.id,
    name: view.name,
    yTunnus: view.yTunnus,
    sizeClass: view.sizeClass,
    description: view.description,
    website: view.website,
    serviceLanguages: view.serviceLanguages,
    servesAllFinland: view.servesAllFinland,
    offering: view.offering.map((item) => item.code),
    regions: view.regions.map((item) => item.code),
    municipalities: view.municipalities.map((item) => item.code),
    certificates: view.certificates,
    references: view.references,
    updatedAt: view.updatedAt,
  };
}

/** One company in the directory list (page and API). */
export function publicDirectoryItem(row: DirectoryRow) {
  return { id: row.id, name: row.name, sizeClass: row.sizeClass, description: row.description };
}
