import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Previous / next links with "page X of Y"; plain links, so they work without JavaScript. */
export function Pager({
  page,
  total,
  pageSize,
  basePath,
  query,
}: {
  page: number;
  total: number;
  pageSize: number;
  basePath: string;
  /** Other search parameters to keep (a filter state), without `page`. */
  query?: string;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (target: number) => `${basePath}?${query ? `${query}&` : ""}page=${target}`;
  return (
    <nav aria-label={t("pager.label")} className="pager">
      {page > 1 ? <Link to={href(page - 1)}>{t("pager.previous")}</Link> : null}
      <span aria-current="page">{t("pager.status", { page, pages })}</span>
      {page < pages ? <Link to={href(page + 1)}>{t("pager.next")}</Link> : null}
    </nav>
  );
}
