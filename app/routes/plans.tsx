import { useTranslation } from "react-i18next";
import { data, Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { FeedLinks } from "../components/feed-links.tsx";
import { Pager } from "../components/pager.tsx";
import { ForwardPlanViews, PlanCard } from "../components/plan-card.tsx";
import { PlanFilterForm } from "../components/plan-filter-form.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { listPublicPlans } from "../modules/plans/index.server.ts";
import { filtersToSearchParams, parsePublicPlanFilters, withPageDefaults } from "../modules/plans/index.ts";
import { listMunicipalities, listRegions } from "../modules/reference-data/index.server.ts";
import type { Route } from "./+types/plans";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "forwardPlan.title") },
];

/** The public forward plan: every filter state is a URL (GET form, plain links, no JavaScript needed). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { db } = context.services.database;
  const searchParams = new URL(request.url).searchParams;
  // Upcoming and ongoing plans unless the finished ones are asked for (issue 12 point 10).
  const filters = withPageDefaults(parsePublicPlanFilters(searchParams));
  // A search with no letter or digit (`'`, `%`) has nothing to look for: the list is shown unsearched,
  // with the reason on the search field and a 400.
  const typed = searchParams.get("q")?.trim().slice(0, 200) ?? "";
  const searchError = typed && !filters.q ? "forwardPlan.searchNoWords" : undefined;
  const list = await listPublicPlans({ db, locale, filters });
  const regions = (await listRegions({ db, locale })).map((r) => ({ code: r.code, name: r.name }));
  const municipalities = (await listMunicipalities({ db, locale })).map((m) => ({
    code: m.code,
    name: m.name,
  }));
  return data(
    {
      ...list,
      filters,
      search: { text: typed, error: searchError },
      regions,
      municipalities,
      query: filtersToSearchParams(filters).toString(),
      // Feeds, downloads and watches have no phase: they follow every public plan of the filters.
      feedQuery: filtersToSearchParams(filters, { omit: ["sort", "phase"] }).toString(),
    },
    { status: searchError ? 400 : 200 },
  );
}

export default function Plans({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { rows, total, filters } = loaderData;
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("forwardPlan.title")}
      </Heading>
      <Paragraph mb="m">{t("forwardPlan.intro")}</Paragraph>
      <ForwardPlanViews lang={params.lang} current="plans" />
      <div className="plans-layout">
        <section aria-labelledby="plans-filters-title" className="plans-filters-column">
          <Heading variant="h2" id="plans-filters-title" mb="s">
            {t("forwardPlan.filtersTitle")}
          </Heading>
          <PlanFilterForm
            lang={params.lang}
            filters={filters}
            search={loaderData.search}
            facets={loaderData.facets}
            regions={loaderData.regions}
            municipalities={loaderData.municipalities}
          />
        </section>
        <section aria-label={t("forwardPlan.title")} className="plans-results-column">
          <p role="status" className="result-count">
            {total === 0 ? t("forwardPlan.empty") : t("forwardPlan.resultCount", { count: total })}
          </p>
          {filters.phase === "current" ? (
            <p className="muted">
              {t("planWork.currentOnly")}{" "}
              <Link
                id="plans-show-finished"
                to={`/${params.lang}/plans?${filtersToSearchParams({ ...filters, phase: "finished" }).toString()}`}
              >
                {t("planWork.showFinished")}
              </Link>
            </p>
          ) : null}
          {rows.map((plan) => (
            <PlanCard key={plan.id} plan={plan} lang={params.lang} />
          ))}
          <Pager
            page={loaderData.page}
            total={total}
            pageSize={loaderData.pageSize}
            basePath={`/${params.lang}/plans`}
            query={loaderData.query}
          />
          <FeedLinks query={loaderData.feedQuery} lang={params.lang} />
          <p>
            <Link to={`/${params.lang}/watches/new${loaderData.feedQuery ? `?${loaderData.feedQuery}` : ""}`}>
              {t("watches.saveSearch")}
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
