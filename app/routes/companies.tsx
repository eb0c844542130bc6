import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { NativeSelect } from "../components/native-select.tsx";
import { Pager } from "../components/pager.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { listDirectory, publicDirectoryItem } from "../modules/companies/index.server.ts";
import {
  certificateCodes,
  directoryFiltersToParams,
  parseDirectoryFilters,
  sizeClasses,
} from "../modules/companies/index.ts";
import { listMunicipalities, listRegions } from "../modules/reference-data/index.server.ts";
import type { Route } from "./+types/companies";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "companies.directoryTitle") },
];

/** The company directory: listed companies, every filter state a URL (GET form, no JavaScript needed). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { db } = context.services.database;
  const filters = parseDirectoryFilters(new URL(request.url).searchParams);
  const list = await listDirectory({ db, filters });
  const regions = (await listRegions({ db, locale })).map((r) => ({ code: r.code, name: r.name }));
  const municipalities = (await listMunicipalities({ db, locale })).map((m) => ({
    code: m.code,
    name: m.name,
  }));
  return {
    ...list,
    rows: list.rows.map(publicDirectoryItem),
    filters,
    regions,
    municipalities,
    query: directoryFiltersToParams(filters).toString(),
  };
}

export default function Companies({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { rows, total, filters, query } = loaderData;
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("companies.directoryTitle")}
      </Heading>
      <Paragraph mb="m">{t("companies.directoryIntro")}</Paragraph>
      <div className="plans-layout">
        <section aria-labelledby="companies-filters-title" className="plans-filters-column">
          <Heading variant="h2" id="companies-filters-title" mb="s">
            {t("companies.filtersTitle")}
          </Heading>
          <Form method="get" className="filter-form">
            <div className="native-field">
              <label htmlFor="companies-q">{t("companies.search")}</label>
              <span id="companies-q-hint" className="field-hint">
                {t("companies.searchHint")}
              </span>
              <input
                id="companies-q"
                name="q"
                type="search"
                defaultValue={filters.q ?? ""}
                aria-describedby="companies-q-hint"
              />
            </div>
            <div className="native-field">
              <label htmlFor="companies-cpv">{t("companies.cpv")}</label>
              <span id="companies-cpv-hint" className="field-hint">
                {t("companies.cpvHint")}
              </span>
              <input
                id="companies-cpv"
                name="cpv"
                inputMode="numeric"
                defaultValue={filters.cpv ?? ""}
                aria-describedby="companies-cpv-hint"
              />
            </div>
            <NativeSelect
              id="companies-region"
              name="region"
              label={t("companies.region")}
              defaultValue={filters.region ?? ""}
              options={[
                { value: "", label: t("companies.any") },
                ...loaderData.regions.map((r) => ({ value: r.code, label: r.name })),
              ]}
            />
            <NativeSelect
              id="companies-municipality"
              name="municipality"
              label={t("companies.municipality")}
              defaultValue={filters.municipality ?? ""}
              options={[
                { value: "", label: t("companies.any") },
                ...loaderData.municipalities.map((m) => ({ value: m.code, label: m.name })),
              ]}
            />
            <fieldset className="check-group">
              <legend>{t("companies.size")}</legend>
              {sizeClasses.map((size) => (
                <div className="check-field" key={size}>
                  <input
                    type="checkbox"
                    id={`companies-size-${size}`}
                    name="size"
                    value={size}
                    defaultChecked={filters.size.includes(size)}
                  />
                  <label htmlFor={`companies-size-${size}`}>{t(`companies.sizes.${size}`)}</label>
                </div>
              ))}
            </fieldset>
            <fieldset className="check-group">
              <legend>{t("companies.certificate")}</legend>
              {certificateCodes.map((code) => (
                <div className="check-field" key={code}>
                  <input
                    type="checkbox"
                    id={`companies-certificate-${code}`}
                    name="certificate"
                    value={code}
                    defaultChecked={filters.certificate.includes(code)}
                  />
                  <label htmlFor={`companies-certificate-${code}`}>
                    {t(`companies.certificates.${code}`)}
                  </label>
                </div>
              ))}
            </fieldset>
            <div className="button-row">
              <Button type="submit" id="companies-filter-submit">
                {t("companies.apply")}
              </Button>
              <Link to={`/${locale}/companies`}>{t("companies.clear")}</Link>
            </div>
          </Form>
        </section>
        <section aria-label={t("companies.directoryTitle")} className="plans-results-column">
          <p role="status" className="result-count">
            {total === 0 ? t("companies.empty") : t("companies.resultCount", { count: total })}
          </p>
          <ul className="company-list">
            {rows.map((company) => (
              <li key={company.id}>
                <h3>
                  <Link to={`/${locale}/companies/${company.id}`}>{company.name}</Link>
                </h3>
                <p className="muted">{t(`companies.sizes.${company.sizeClass}`)}</p>
                <p className="company-summary">
                  <TranslatedText value={company.description} locale={locale} />
                </p>
              </li>
            ))}
          </ul>
          <Pager
            page={loaderData.page}
            total={total}
            pageSize={loaderData.pageSize}
            basePath={`/${locale}/companies`}
            query={query}
          />
          {total > 0 ? (
            <p>
              <a href={`/${locale}/companies/export.xlsx${query ? `?${query}` : ""}`} download>
                {t("companies.export")}
              </a>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
