import { useTranslation } from "react-i18next";

/** Links to the same filter state in the open data API: Atom, iCalendar, CSV, XLSX and JSON. */
export function FeedLinks({ query, lang }: { query: string; lang: string }) {
  const { t } = useTranslation();
  const withLang = new URLSearchParams(query);
  withLang.set("lang", lang);
  const formats = [
    { key: "atom", href: `/api/v1/plans.atom?${withLang}` },
    { key: "ics", href: `/api/v1/plans.ics?${withLang}` },
    { key: "csv", href: `/api/v1/plans.csv${query ? `?${query}` : ""}` },
    { key: "xlsx", href: `/api/v1/plans.xlsx${query ? `?${query}` : ""}` },
    { key: "json", href: `/api/v1/plans${query ? `?${query}` : ""}` },
  ] as const;
  return (
    <nav aria-labelledby="feed-links-title" className="feed-links">
      <h2 id="feed-links-title" className="feed-links-title">
        {t("feeds.linksTitle")}
      </h2>
      <ul>
        {formats.map((format) => (
          <li key={format.key}>
            <a href={format.href}>{t(`feeds.${format.key}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
