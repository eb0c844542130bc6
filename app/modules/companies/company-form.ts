// The company profile form is flat (`description.fi`, `references.0.customer`, repeated checkboxes);
// companyProfileSchema is nested. These pure functions map between the two, so the page and its test
// share one mapping.
import type { PickerFields } from "../reference-data/index.ts";
import { typedPickerCodes } from "../reference-data/index.ts";
import type { CompanyProfileView } from "./company-queries.server.ts";
import { maxContacts, maxReferences } from "./schemas.ts";

export type CompanyFormValues = Record<string, string | string[]>;

const languages = ["fi", "sv", "en"] as const;
const multiFields = ["offering", "regions", "municipalities", "certificates", "serviceLanguages"] as const;

/** The form's code pickers (app/components/code-picker.tsx): the offering's CPV codes and municipalities. */
export const companyPickers: PickerFields = [
  { field: "offering", kind: "cpv" },
  { field: "municipalities", kind: "municipality" },
];
const referenceKeys = ["customer", "year", "description"] as const;
const contactKeys = ["name", "title", "email", "phone"] as const;

/** Reads the posted fields; empty reference and contact rows are dropped and the rest renumbered. */
export function readCompanyForm(entries: Iterable<[string, unknown]>): CompanyFormValues {
  const single: Record<string, string> = {};
  const values: CompanyFormValues = Object.fromEntries(multiFields.map((field) => [field, [] as string[]]));
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue;
    if ((multiFields as readonly string[]).includes(key)) (values[key] as string[]).push(value);
    else if (key === "offeringSearch" || key === "municipalitiesSearch")
      (values[key.replace("Search", "")] as string[]).push(...typedPickerCodes(value));
    else single[key] = value;
  }
  for (const [key, value] of Object.entries(single))
    if (!key.startsWith("references.") && !key.startsWith("contacts.")) values[key] = value;
  const rows = (group: string, keys: readonly string[], max: number) => {
    let next = 0;
    for (let row = 0; row < max * 4; row += 1) {
      const cells = keys.map((key) => single[`${group}.${row}.${key}`] ?? "");
      if (cells.every((cell) => cell.trim() === "")) continue;
      keys.forEach((key, index) => {
        values[`${group}.${next}.${key}`] = cells[index] ?? "";
      });
      next += 1;
    }
  };
  rows("references", referenceKeys, maxReferences);
  rows("contacts", contactKeys, maxContacts);
  return values;
}

const text = (values: CompanyFormValues, key: string) => {
  const value = values[key];
  return typeof value === "string" ? value.trim() : "";
};
const list = (values: CompanyFormValues, key: string) => {
  const value = values[key];
  return Array.isArray(value) ? value : [];
};

/** The form's values in companyProfileSchema's shape (the schema then checks everything). */
export function companyFormToInput(values: CompanyFormValues): Record<string, unknown> {
  const references: Record<string, unknown>[] = [];
  for (let row = 0; values[`references.${row}.customer`] !== undefined; row += 1) {
    const year = text(values, `references.${row}.year`);
    references.push({
      customer: text(values, `references.${row}.customer`),
      description: text(values, `references.${row}.description`),
      year: year === "" ? undefined : /^\d+$/.test(year) ? Number(year) : year,
    });
  }
  const contacts: Record<string, unknown>[] = [];
  for (let row = 0; values[`contacts.${row}.name`] !== undefined; row += 1) {
    contacts.push(
      Object.fromEntries(contactKeys.map((key) => [key, text(values, `contacts.${row}.${key}`)])),
    );
  }
  return {
    sizeClass: text(values, "sizeClass") || undefined,
    description: Object.fromEntries(languages.map((lang) => [lang, text(values, `description.${lang}`)])),
    // One code per ticked box; a comma-separated list (the API's and old forms' way) is split too.
    offering: [...new Set(list(values, "offering").flatMap((item) => item.split(/[\s,;]+/)))].filter(
      (code) => code !== "",
    ),
    servesAllFinland: text(values, "servesAllFinland") === "on",
    regions: list(values, "regions"),
    municipalities: [...new Set(list(values, "municipalities"))],
    certificates: list(values, "certificates"),
    otherCertificate: text(values, "otherCertificate"),
    references,
    serviceLanguages: list(values, "serviceLanguages"),
    website: text(values, "website"),
    contacts,
    isListed: text(values, "isListed") === "on",
  };
}

/** A saved profile as form values, for the edit form. */
export function profileToFormValues(profile: CompanyProfileView | null): CompanyFormValues {
  if (!profile)
    return { serviceLanguages: ["fi"], offering: [], regions: [], municipalities: [], certificates: [] };
  const values: CompanyFormValues = {
    sizeClass: profile.sizeClass,
    offering: profile.offering.map((item) => item.code),
    regions: profile.regions.map((item) => item.code),
    municipalities: profile.municipalities.map((item) => item.code),
    certificates: profile.certificates.map((item) => item.code),
    otherCertificate: profile.certificates.find((item) => item.code === "other")?.otherName ?? "",
    serviceLanguages: profile.serviceLanguages,
    website: profile.website ?? "",
  };
  for (const lang of languages) values[`description.${lang}`] = profile.description[lang] ?? "";
  if (profile.servesAllFinland) values.servesAllFinland = "on";
  if (profile.isListed) values.isListed = "on";
  profile.references.forEach((reference, row) => {
    values[`references.${row}.customer`] = reference.customer;
    values[`references.${row}.year`] = reference.year === null ? "" : String(reference.year);
    values[`references.${row}.description`] = reference.description;
  });
  profile.contacts.forEach((contact, row) => {
    values[`contacts.${row}.name`] = contact.name;
    values[`contacts.${row}.title`] = contact.title ?? "";
    values[`contacts.${row}.email`] = contact.email;
    values[`contacts.${row}.phone`] = contact.phone ?? "";
  });
  return values;
}
