import ExcelJS from "exceljs";
import type { DbOrTx } from "../../db/types.ts";
import { getI18n } from "../../i18n/i18n.ts";
import type { Locale } from "../../i18n/locales.ts";
import { spreadsheetText } from "../../lib/clean-text.ts";
import { getCompanyProfile, listDirectory } from "./company-queries.server.ts";
import type { DirectoryFilters } from "./directory-filters.ts";
import { publicCompanyView } from "./public-company.ts";

/** At most this many companies in one download. */
export const maxExportRows = 1000;

/** A cell a spreadsheet would run as a formula is kept as text; what XML forbids is removed (ADR 027). */
const safe = spreadsheetText;

/**
 * The directory's result as an XLSX workbook in the locale: one row per company with its public fields,
 * and its contact persons only when `withContacts` (signed-in buyers).
 */
export async function directoryXlsx({
  db,
  locale,
  filters,
  withContacts,
  publicUrl,
}: {
  db: DbOrTx;
  locale: Locale;
  filters: DirectoryFilters;
  withContacts: boolean;
  publicUrl: string;
}): Promise<Uint8Array> {
  const t = getI18n(locale).t;
  const { rows } = await listDirectory({ db, filters, limit: maxExportRows });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t("companies.xlsx.sheet"));
  const columns = [
    t("companies.xlsx.name"),
    t("companies.yTunnus"),
    t("companies.fields.sizeClass"),
    t("companies.fields.description"),
    t("companies.offeringTitle"),
    t("companies.areaTitle"),
    t("companies.certificatesTitle"),
    t("companies.languagesTitle"),
    t("companies.websiteTitle"),
    ...(withContacts ? [t("companies.contactsTitle")] : []),
    t("companies.xlsx.link"),
  ];
  sheet.addRow(columns).font = { bold: true };
  for (const row of rows) {
    const profile = await getCompanyProfile({ db, organisationId: row.id, locale });
    if (!profile) continue;
    // The public fields by their serializer; contact persons only for those who may see them.
    const company = publicCompanyView(profile);
    sheet.addRow(
      [
        company.name,
        company.yTunnus ?? "",
        t(`companies.sizes.${company.sizeClass}`),
        company.description[locale] ?? company.description.fi,
        company.offering.map((item) => `${item.code} ${item.label}`).join("\n"),
        [
          ...(company.servesAllFinland ? [t("companies.allFinland")] : []),
          ...company.regions.map((region) => region.name),
          ...company.municipalities.map((municipality) => municipality.name),
        ].join(", "),
        company.certificates
          .map((c) =>
            c.code === "other" && c.otherName ? c.otherName : t(`companies.certificates.${c.code}`),
          )
          .join(", "),
        company.serviceLanguages
          .map((code) => t(`companies.languages.${code}`, { defaultValue: code }))
          .join(", "),
        company.website ?? "",
        ...(withContacts
          ? [
              profile.contacts
                .map((c) => [c.name, c.title, c.email, c.phone].filter(Boolean).join(", "))
                .join("\n"),
            ]
          : []),
        `${publicUrl}/${locale}/companies/${company.id}`,
      ].map(safe),
    );
  }
  sheet.columns.forEach((column) => {
    column.width = 30;
  });
  const about = workbook.addWorksheet(t("companies.xlsx.licenceSheet"));
  about.addRow([t("companies.xlsx.licence")]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
