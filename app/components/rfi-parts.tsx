import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { TextByLanguage } from "../lib/pick-translation.ts";
import { TranslatedText } from "./translated-text.tsx";

// The request-for-information pieces other pages show: the public plan page's section, the workspace
// plan page's link and the company home's list. The public section shows the count of responses only.

type Dated = string | Date;

/** "Open 1.12.2026 10.00 – 15.12.2026 16.00" in Finnish time; nothing for a draft. */
export function RfiPeriod({
  locale,
  opensAt,
  closesAt,
}: {
  locale: Locale;
  opensAt: Dated | null;
  closesAt: Dated | null;
}) {
  const { t } = useTranslation();
  if (!opensAt || !closesAt) return null;
  return (
    <>
      {t("rfi.period", {
        opens: formatDate(locale, new Date(opensAt), true),
        closes: formatDate(locale, new Date(closesAt), true),
      })}
    </>
  );
}

/** The public plan page's requests for information (opened or closed); nothing when there are none. */
export function PlanRfiSection({
  locale,
  planId,
  rfis,
}: {
  locale: Locale;
  planId: string;
  rfis: {
    id: string;
    title: TextByLanguage;
    state: string;
    opensAt: Dated | null;
    closesAt: Dated | null;
    responseCount: number;
    summary: TextByLanguage | null;
  }[];
}) {
  const { t } = useTranslation();
  if (rfis.length === 0) return null;
  return (
    <section aria-labelledby="plan-rfi-title">
      <Heading variant="h2" id="plan-rfi-title" mt="xl" mb="s">
        {t("rfi.title")}
      </Heading>
      <ul className="plain-list" id="plan-rfis">
        {rfis.map((rfi) => (
          <li key={rfi.id}>
            <Link to={`/${locale}/plans/${planId}/rfi/${rfi.id}`}>
              <TranslatedText value={rfi.title} locale={locale} />
            </Link>
            <br />
            {t(`rfi.states.${rfi.state}`)}
            {" · "}
            <RfiPeriod locale={locale} opensAt={rfi.opensAt} closesAt={rfi.closesAt} />
            {" · "}
            {t("rfi.responseCount", { count: rfi.responseCount })}
            {rfi.summary ? (
              <p className="wrap">
                <strong>{t("rfi.summaryTitle")}: </strong>
                <TranslatedText value={rfi.summary} locale={locale} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The company home's open requests for information, with whether the company has answered each. */
export function CompanyRfisSection({
  locale,
  rfis,
}: {
  locale: Locale;
  rfis: { id: string; planId: string; title: TextByLanguage; closesAt: Dated; respondedAt: Dated | null }[];
}) {
  const { t } = useTranslation();
  if (rfis.length === 0) return null;
  return (
    <section aria-labelledby="company-rfis-title" className="home-section">
      <Heading variant="h2" id="company-rfis-title" mb="xs">
        {t("rfi.homeTitle")}
      </Heading>
      <ul className="compact-list" id="company-rfis">
        {rfis.map((rfi) => (
          <li key={rfi.id}>
            <Link to={`/${locale}/plans/${rfi.planId}/rfi/${rfi.id}`}>
              <TranslatedText value={rfi.title} locale={locale} />
            </Link>
            <br />
            {t("rfi.closes", { time: formatDate(locale, new Date(rfi.closesAt), true) })}
            {" · "}
            {rfi.respondedAt
              ? t("rfi.respondedOn", { time: formatDate(locale, new Date(rfi.respondedAt), true) })
              : t("rfi.notResponded")}
          </li>
        ))}
      </ul>
    </section>
  );
}
