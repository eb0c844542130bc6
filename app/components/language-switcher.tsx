import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { type Locale, locales } from "../i18n/locales.ts";

const names: Record<Locale, string> = { fi: "Suomeksi", sv: "På svenska", en: "In English" };

/** Plain links to the same page in the other languages: works without JavaScript. */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  const params = new URLSearchParams(search);
  // An index route's form action carries `?index`; it must not leak into the other language's link.
  params.delete("index");
  const query = params.toString();
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "") || "/";
  return (
    <nav aria-label={t("shell.languageNav")} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span lang={locale} aria-current="true" className="language-current">
                {names[locale]}
              </span>
            ) : (
              <Link
                to={`/${locale}${rest}${query ? `?${query}` : ""}${hash}`}
                lang={locale}
                hrefLang={locale}
                reloadDocument
              >
                {names[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
