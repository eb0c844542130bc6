import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Locale } from "../i18n/locales.ts";

export function SiteFooter({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <nav aria-label={t("shell.footerNav")}>
        <ul>
          <li>
            <Link to={`/${locale}/accessibility`}>{t("shell.accessibility")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/privacy`}>{t("shell.privacy")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/api`}>{t("apiDocs.footerLink")}</Link>
          </li>
        </ul>
      </nav>
      <p>{t("shell.licence")}</p>
    </footer>
  );
}
