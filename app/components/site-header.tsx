import { useTranslation } from "react-i18next";
import { Link, NavLink } from "react-router";
import type { Locale } from "../i18n/locales.ts";
import { AccountNav, type HeaderViewer } from "./account-nav.tsx";
import { LanguageSwitcher } from "./language-switcher.tsx";

export function SiteHeader({ locale, viewer }: { locale: Locale; viewer: HeaderViewer }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <div className="site-header-inner">
        <Link to={`/${locale}/`} className="brand" aria-label={t("shell.homeLink")}>
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>{t("meta.siteName")}</span>
        </Link>
        <div className="header-tools">
          <LanguageSwitcher current={locale} />
          <AccountNav locale={locale} viewer={viewer} />
        </div>
      </div>
      <nav aria-label={t("shell.mainNav")} className="main-nav">
        <ul className="site-nav-inner">
          <li>
            <NavLink to={`/${locale}/plans`}>{t("forwardPlan.nav")}</NavLink>
          </li>
          <li>
            <NavLink to={`/${locale}/companies`}>{t("companies.nav")}</NavLink>
          </li>
          <li>
            <NavLink to={`/${locale}/organisations`}>{t("shell.organisations")}</NavLink>
          </li>
          {viewer ? (
            <li>
              <NavLink to={`/${locale}/watches`}>{t("watches.nav")}</NavLink>
            </li>
          ) : null}
          {viewer?.hasPartners ? (
            <li>
              <NavLink to={`/${locale}/company`}>{t("companyHome.nav")}</NavLink>
            </li>
          ) : null}
          {viewer?.hasPartners ? (
            <li>
              <NavLink to={`/${locale}/partners`} end>
                {t("partners.nav")}
              </NavLink>
            </li>
          ) : null}
          {viewer?.hasWorkspace ? (
            <li>
              <NavLink to={`/${locale}/workspace/plans`}>{t("workspace.nav")}</NavLink>
            </li>
          ) : null}
          {viewer?.inbox ? (
            <li>
              <NavLink to={`/${locale}/organisations/${viewer.inbox.organisationId}/inbox`}>
                {t("presentations.inboxNav")}
                {viewer.inbox.newCount > 0 ? (
                  <span className="nav-count">
                    {" "}
                    ({t("presentations.inboxNavNew", { count: viewer.inbox.newCount })})
                  </span>
                ) : null}
              </NavLink>
            </li>
          ) : null}
          {viewer?.presents ? (
            <li>
              <NavLink to={`/${locale}/presentations`}>{t("presentations.nav")}</NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}
