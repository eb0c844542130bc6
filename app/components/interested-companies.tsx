import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { InterestedCompany } from "../modules/interest/index.server.ts";

/** For the plan's buyers: the companies that said "we are interested", with profile, contacts and note. */
export function InterestedCompanies({
  locale,
  companies,
}: {
  locale: Locale;
  companies: InterestedCompany[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="interested-companies-title">
      <Heading variant="h2" id="interested-companies-title" mt="xl" mb="s">
        {t("interest.companiesTitle")}
      </Heading>
      {companies.length === 0 ? (
        <Paragraph mb="s">{t("interest.noCompanies")}</Paragraph>
      ) : (
        <ul className="company-list">
          {companies.map((company) => (
            <li key={company.id}>
              <h3>
                <Link to={`/${locale}/companies/${company.id}`}>{company.name}</Link>
              </h3>
              <p className="muted">
                {company.sizeClass ? `${t(`companies.sizes.${company.sizeClass}`)} · ` : null}
                {t("interest.since", { date: formatDate(locale, new Date(company.since)) })}
              </p>
              {company.offering.length > 0 ? (
                <p>
                  {t("interest.offering")}:{" "}
                  {company.offering.map((item) => `${item.code} ${item.label}`).join(", ")}
                </p>
              ) : null}
              {company.contacts.length > 0 ? (
                <ul className="plain-list">
                  {company.contacts.map((contact) => (
                    <li key={contact.email}>
                      {contact.name}
                      {contact.title ? `, ${contact.title}` : null} ·{" "}
                      <a href={`mailto:${contact.email}`}>{contact.email}</a>
                      {contact.phone ? ` · ${contact.phone}` : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {company.note ? (
                <blockquote className="wrap">
                  <span className="visually-hidden">{t("interest.note")}: </span>
                  {company.note}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
