import { useTranslation } from "react-i18next";
import { data, Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { loadViewer } from "../modules/accounts/index.server.ts";
import {
  canEditCompanyProfile,
  canSeeCompanyContacts,
  canSeeUnlistedCompany,
  getCompanyProfile,
  publicCompanyView,
} from "../modules/companies/index.server.ts";
import type { Route } from "./+types/company";

export const meta: Route.MetaFunction = ({ params, data: loaded }) => [
  {
    title: loaded
      ? `${loaded.company.name} – ${pageTitle(params.lang, "companies.profileTitle")}`
      : pageTitle(params.lang, "companies.profileTitle"),
  },
];

/**
 * A company's public profile. Unlisted companies are seen only by their own members; contact persons
 * (personal data) only by signed-in buyers of contracting authorities and the company's members.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const viewer = await loadViewer(context, request);
  const profile = await getCompanyProfile({
    db: context.services.database.db,
    organisationId: params.id,
    locale,
  });
  if (!profile || (!profile.isListed && !canSeeUnlistedCompany(viewer, params.id)))
    throw data({ code: "not_found" }, { status: 404 });
  return {
    company: publicCompanyView(profile),
    contacts: canSeeCompanyContacts(viewer, params.id) ? profile.contacts : null,
    canEdit: canEditCompanyProfile(viewer, params.id),
  };
}

export default function Company({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { company, contacts, canEdit } = loaderData;
  return (
    <>
      <p>
        <Link to={`/${locale}/companies`}>{t("companies.directoryTitle")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {company.name}
      </Heading>
      {!company.isListed ? (
        <div className="notice">
          <Paragraph>{t("companies.notListed")}</Paragraph>
        </div>
      ) : null}
      {canEdit ? (
        <p>
          <Link to={`/${locale}/organisations/${company.id}/company-profile`}>{t("companies.editLink")}</Link>
          {" · "}
          <Link to={`/${locale}/presentations/new`}>{t("presentations.presentLink")}</Link>
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("companies.yTunnus")}</dt>
        <dd>{company.yTunnus ?? "–"}</dd>
        <dt>{t("companies.fields.sizeClass")}</dt>
        <dd>{t(`companies.sizes.${company.sizeClass}`)}</dd>
        <dt>{t("companies.languagesTitle")}</dt>
        <dd>
          {company.serviceLanguages
            .map((code) => t(`companies.languages.${code}`, { defaultValue: code }))
            .join(", ")}
        </dd>
        {company.website ? (
          <>
            <dt>{t("companies.websiteTitle")}</dt>
            <dd>
              <a href={company.website} rel="noopener noreferrer nofollow">
                {company.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <Paragraph mb="m" className="wrap">
        <TranslatedText value={company.description} locale={locale} />
      </Paragraph>
      <Heading variant="h2" mb="s">
        {t("companies.offeringTitle")}
      </Heading>
      <ul className="plain-list">
        {company.offering.map((item) => (
          <li key={item.code}>
            <Link to={`/${locale}/plans?cpv=${item.code}`}>{item.code}</Link> {item.label}
          </li>
        ))}
      </ul>
      <Heading variant="h2" mb="s">
        {t("companies.areaTitle")}
      </Heading>
      <Paragraph mb="m">
        {[
          ...(company.servesAllFinland ? [t("companies.allFinland")] : []),
          ...company.regions.map((region) => region.name),
          ...company.municipalities.map((municipality) => municipality.name),
        ].join(", ")}
      </Paragraph>
      {company.certificates.length > 0 ? (
        <>
          <Heading variant="h2" mb="s">
            {t("companies.certificatesTitle")}
          </Heading>
          <ul className="plain-list">
            {company.certificates.map((certificate) => (
              <li key={certificate.code}>
                {certificate.code === "other" && certificate.otherName
                  ? certificate.otherName
                  : t(`companies.certificates.${certificate.code}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {company.references.length > 0 ? (
        <>
          <Heading variant="h2" mb="s">
            {t("companies.referencesTitle")}
          </Heading>
          <ul className="plain-list">
            {company.references.map((reference) => (
              <li key={`${reference.customer}-${reference.year}-${reference.description}`}>
                <strong>{reference.customer}</strong>
                {reference.year ? ` (${reference.year})` : ""}:{" "}
                <span className="wrap">{reference.description}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading variant="h2" mb="s">
        {t("companies.contactsTitle")}
      </Heading>
      {contacts === null ? (
        <Paragraph mb="m">{t("companies.contactsHidden")}</Paragraph>
      ) : (
        <ul className="plain-list">
          {contacts.map((contact) => (
            <li key={contact.email}>
              {contact.name}
              {contact.title ? `, ${contact.title}` : ""}:{" "}
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
              {contact.phone ? `, ${contact.phone}` : ""}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        {t("companies.updated", { date: formatDate(locale, new Date(company.updatedAt)) })}
      </p>
    </>
  );
}
