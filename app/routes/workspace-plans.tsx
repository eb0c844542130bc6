import { useTranslation } from "react-i18next";
import { Form, Link, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { TextField } from "../components/native-form-fields.tsx";
import { NativeSelect } from "../components/native-select.tsx";
import { Pager } from "../components/pager.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { orRespond, pageFrom } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { listOrganisationPlans, type PlanSortKey } from "../modules/plans/index.server.ts";
import {
  planStatuses,
  statusLabel,
  valueBandLabel,
  visibilities,
  visibilityLabel,
} from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plans";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "workspace.title") },
];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const search = new URL(request.url).searchParams;
  const list = await orRespond(() =>
    listOrganisationPlans({
      services: context.services,
      viewer,
      organisationId: viewer.activeOrganisationId,
      page: pageFrom(request),
      filters: {
        q: search.get("q") ?? undefined,
        overdue: search.get("overdue") ?? undefined,
        status: search.get("status") ?? undefined,
        visibility: search.get("visibility") ?? undefined,
        sort: search.get("sort") ?? undefined,
        direction: search.get("direction") ?? undefined,
      },
    }),
  );
  const organisation = viewer.memberships.find((m) => m.organisationId === viewer.activeOrganisationId);
  return { ...list, organisationName: organisation?.name ?? "" };
}

const columns: { key: PlanSortKey; label: string }[] = [
  { key: "title", label: "plans.fields.title" },
  { key: "status", label: "plans.fields.status" },
  { key: "visibility", label: "plans.fields.visibility" },
  { key: "valueBand", label: "plans.fields.valueBand" },
  { key: "tender", label: "plans.fields.tender" },
  { key: "updated", label: "workspace.updated" },
];

export default function WorkspacePlans({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { filters, rows } = loaderData;
  const base = `/${locale}/workspace/plans`;
  const filterQuery = (extra: Record<string, string>) => {
    const query = new URLSearchParams();
    if (filters.q) query.set("q", filters.q);
    if (filters.overdue) query.set("overdue", "1");
    if (filters.status) query.set("status", filters.status);
    if (filters.visibility) query.set("visibility", filters.visibility);
    for (const [key, value] of Object.entries(extra)) query.set(key, value);
    return query.toString();
  };
  const filtered = Boolean(filters.status || filters.visibility || filters.q || filters.overdue);
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("workspace.title")}
      </Heading>
      {search.get("archived") === "1" ? <FormAlert status="neutral" message="workspace.archived" /> : null}
      <Paragraph mb="m">{t("workspace.intro", { organisation: loaderData.organisationName })}</Paragraph>
      {loaderData.canEdit ? (
        <Paragraph mb="m">
          <Link to={`${base}/new`} id="workspace-new-plan">
            {t("workspace.newPlan")}
          </Link>{" "}
          · <Link to={`${base}/import`}>{t("planImport.link")}</Link>
        </Paragraph>
      ) : null}
      {loaderData.overdueTotal > 0 ? (
        <div className="notice" id="workspace-overdue">
          <p>{t("planWork.overdueNotice", { count: loaderData.overdueTotal })}</p>
          {filters.overdue ? null : (
            <p>
              <Link to={`${base}?overdue=1`}>{t("planWork.overdueShow")}</Link>
            </p>
          )}
        </div>
      ) : null}
      <Form method="get" className="filter-form" aria-labelledby="plan-filter-title">
        <Heading variant="h2" id="plan-filter-title" mb="s">
          {t("workspace.filterTitle")}
        </Heading>
        <input type="hidden" name="sort" value={filters.sort} />
        <input type="hidden" name="direction" value={filters.direction} />
        <TextField
          id="filter-q"
          name="q"
          label={t("planWork.search")}
          hint={t("planWork.searchHint")}
          defaultValue={filters.q ?? ""}
        />
        <NativeSelect
          id="filter-status"
          name="status"
          label={t("plans.fields.status")}
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: t("workspace.all") },
            ...planStatuses.map((status) => ({ value: status, label: t(statusLabel(status)) })),
          ]}
        />
        <NativeSelect
          id="filter-visibility"
          name="visibility"
          label={t("plans.fields.visibility")}
          defaultValue={filters.visibility ?? ""}
          options={[
            { value: "", label: t("workspace.all") },
            ...visibilities.map((visibility) => ({
              value: visibility,
              label: t(visibilityLabel(visibility)),
            })),
          ]}
        />
        <div className="native-field native-check">
          <input
            type="checkbox"
            id="filter-overdue"
            name="overdue"
            value="1"
            defaultChecked={filters.overdue}
          />
          <label htmlFor="filter-overdue">{t("planWork.overdueOnly")}</label>
        </div>
        <div>
          <Button type="submit" id="filter-submit" variant="secondary">
            {t("workspace.filter")}
          </Button>
        </div>
      </Form>
      {rows.length === 0 ? (
        <Paragraph mt="l">
          {filtered ? t("workspace.noMatches") : t("workspace.empty")}{" "}
          {loaderData.canEdit && !filtered ? (
            <Link to={`${base}/new`}>{t("workspace.createFirst")}</Link>
          ) : null}
        </Paragraph>
      ) : (
        <div className="table-scroll">
          <table className="data-table stack-table" id="workspace-plan-table">
            <caption className="visually-hidden">
              {t("workspace.tableCaption", { total: loaderData.total })}
            </caption>
            <thead>
              <tr>
                {columns.map((column) => {
                  const active = filters.sort === column.key;
                  const next = active && filters.direction === "asc" ? "desc" : "asc";
                  return (
                    <th
                      key={column.key}
                      scope="col"
                      aria-sort={
                        active ? (filters.direction === "asc" ? "ascending" : "descending") : undefined
                      }
                    >
                      <Link to={`${base}?${filterQuery({ sort: column.key, direction: next })}`}>
                        {t(column.label)}
                        {active ? (
                          <span aria-hidden="true">{filters.direction === "asc" ? " ▲" : " ▼"}</span>
                        ) : null}
                      </Link>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td data-label={t("plans.fields.title")}>
                    <Link to={`${base}/${row.id}`}>
                      <TranslatedText value={row.title} locale={locale} />
                    </Link>
                    {row.visibility === "public" ? (
                      <>
                        <br />
                        <Link
                          to={`/${locale}/plans/${row.id}`}
                          className="small-link"
                          aria-label={t("planWork.publicPageOf", {
                            title: row.title[locale] || row.title.fi,
                          })}
                        >
                          {t("planWork.publicPage")}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t("plans.fields.status")}>
                    {t(statusLabel(row.status))}
                    {row.overdue ? (
                      <>
                        <br />
                        <span className="overdue-tag">{t("planWork.overdueTag")}</span>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t("plans.fields.visibility")}>{t(visibilityLabel(row.visibility))}</td>
                  <td data-label={t("plans.fields.valueBand")}>
                    {row.valueBand ? t(valueBandLabel(row.valueBand)) : "–"}
                  </td>
                  <td data-label={t("plans.fields.tender")}>
                    {row.tenderYear
                      ? row.tenderQuarter
                        ? t("workspace.quarter", { year: row.tenderYear, quarter: row.tenderQuarter })
                        : row.tenderYear
                      : "–"}
                  </td>
                  <td data-label={t("workspace.updated")}>{formatDate(locale, new Date(row.updatedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        page={loaderData.page}
        total={loaderData.total}
        pageSize={loaderData.pageSize}
        basePath={base}
        query={filterQuery({ sort: filters.sort, direction: filters.direction })}
      />
    </>
  );
}
