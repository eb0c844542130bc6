import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Previous / next links with "page X of Y"; plain links, so they work without JavaScript. */
export function Pager({
  page,
  total,
  pageSize,
  basePath,
}: {
  page: number;
  total: number;
  pageSize: number;
  basePath: string;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("pager.label")} className="pager">
      {page > 1 ? <Link to={`${basePath}?page=${page - 1}`}>{t("pager.previous")}</Link> : null}
      <span aria-current="page">{t("pager.status", { page, pages })}</span>
      {page < pages ? <Link to={`${basePath}?page=${page + 1}`}>{t("pager.next")}</Link> : null}
    </nav>
  );
}
