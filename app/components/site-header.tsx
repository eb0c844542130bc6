import { type KeyboardEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation } from "react-router";
import type { Locale } from "../i18n/locales.ts";
import { AccountNav, type HeaderViewer } from "./account-nav.tsx";
import { LanguageSwitcher } from "./language-switcher.tsx";

// Where the header shows its menu open, without the toggle (the same width as in app.css).
const wideScreen = "(min-width: 48em)";

/**
 * The brand and the language links on top; the main and account navigation in a menu. On a phone the
 * menu is a `<details>` disclosure ("Menu" opens it, without JavaScript too); on a wider screen CSS
 * hides the toggle and shows the menu, and the script below also keeps it open there for browsers that
 * cannot style a closed `<details>` open. Escape closes the open menu and returns focus to its toggle.
 */
export function SiteHeader({ locale, viewer }: { locale: Locale; viewer: HeaderViewer }) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  const { pathname, search } = useLocation();
  const news = (viewer?.unreadNotifications ?? 0) + (viewer?.inbox?.newCount ?? 0);

  useEffect(() => {
    const wide = window.matchMedia(wideScreen);
    // Opened on a wide screen; a phone keeps what the person did before the script ran.
    if (menu.current && wide.matches) menu.current.open = true;
    const sync = () => {
      if (menu.current) menu.current.open = wide.matches;
    };
    wide.addEventListener("change", sync);
    return () => wide.removeEventListener("change", sync);
  }, []);
  // A link followed inside the open menu on a phone leads to a page that starts with the menu closed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation on purpose.
  useEffect(() => {
    if (menu.current && !window.matchMedia(wideScreen).matches) menu.current.open = false;
  }, [pathname, search]);

  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = event.currentTarget;
    if (event.key !== "Escape" || !details.open || window.matchMedia(wideScreen).matches) return;
    details.open = false;
    details.querySelector("summary")?.focus();
  };

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
        <LanguageSwitcher current={locale} />
        {/* Escape closes the open menu: a keyboard convenience; the summary stays the control. */}
        <details className="site-menu" id="site-menu" ref={menu} onKeyDown={closeOnEscape}>
          <summary id="site-menu-toggle" className="site-menu-toggle">
            <span className="site-menu-icon" aria-hidden="true" />
            {t("shell.menu")}
            {news > 0 ? (
              <>
                <span className="badge" aria-hidden="true">
                  {news > 99 ? "99+" : news}
                </span>
                <span className="visually-hidden">{t("shell.menuNews", { count: news })}</span>
              </>
            ) : null}
          </summary>
          <div className="site-menu-panel">
            <MainNav locale={locale} viewer={viewer} />
            <AccountNav locale={locale} viewer={viewer} />
          </div>
        </details>
      </div>
    </header>
  );
}

function MainNav({ locale, viewer }: { locale: Locale; viewer: HeaderViewer }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("shell.mainNav")} className="main-nav">
      <ul>
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
  );
}
