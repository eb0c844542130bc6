import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { TextField } from "../components/native-form-fields.tsx";
import { NativeSelect } from "../components/native-select.tsx";
import { Pager } from "../components/pager.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { listPartnerBoard } from "../modules/partners/index.server.ts";
import { parsePartnerBoardFilters } from "../modules/partners/index.ts";
import { listRegions } from "../modules/reference-data/index.server.ts";
import type { Route } from "./+types/partner-board";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "partners.board.title") },
];

/** Other companies' open partner requests, by CPV code, region and plan; company representatives only. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const db = context.services.database.db;
  const filters = parsePartnerBoardFilters(new URL(request.url).searchParams);
  const board = await orRespond(() => listPartnerBoard({ db, viewer, filters, locale }));
  const regions = await listRegions({ db, locale });
  const queryOf = (values: Record<string, string | undefined>) =>
    new URLSearchParams(
      Object.entries(values).flatMap(([key, value]) => (value ? [[key, value]] : [])),
    ).toString();
  return {
    ...board,
    filters,
    query: queryOf({ cpv: filters.cpv, region: filters.region, plan: filters.plan }),
    queryWithoutPlan: queryOf({ cpv: filters.cpv, region: filters.region }),
    regions: regions.map(({ code, name }) => ({ code, name })),
  };
}

export default function PartnerBoard({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { items, total, page, pageSize, filters, query, queryWithoutPlan, regions } = loaderData;
  const planTitle = filters.plan
    ? items.find((item) => item.plan.id === filters.plan)?.plan.title
    : undefined;
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/partners`}>{t("partners.overviewTitle")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("partners.board.title")}
      </Heading>
      <Paragraph mb="m">{t("partners.board.intro")}</Paragraph>
      <Form method="get" className="form-stack" aria-label={t("partners.board.title")}>
        {filters.plan ? <input type="hidden" name="plan" value={filters.plan} /> : null}
        <TextField
          id="board-cpv"
          name="cpv"
          label={t("partners.board.cpv")}
          hint={t("partners.board.cpvHint")}
          defaultValue={filters.cpv ?? ""}
          maxLength={12}
        />
        <NativeSelect
          id="board-region"
          name="region"
          label={t("partners.board.region")}
          defaultValue={filters.region ?? ""}
          options={[
            { value: "", label: t("partners.board.anyRegion") },
            ...regions.map((region) => ({ value: region.code, label: region.name })),
          ]}
        />
        <div>
          <Button type="submit" id="board-submit">
            {t("partners.board.submit")}
          </Button>
        </div>
      </Form>
      {filters.plan ? (
        <Paragraph mt="m">
          {planTitle ? t("partners.board.planOnly", { title: planTitle }) : t("partners.board.planUnknown")}{" "}
          <Link to={`/${locale}/partners/board${queryWithoutPlan ? `?${queryWithoutPlan}` : ""}`}>
            {t("partners.board.allPlans")}
          </Link>
        </Paragraph>
      ) : null}
      <p role="status" className="muted">
        {total === 0 ? t("partners.board.empty") : t("partners.board.resultCount", { count: total })}
      </p>
      <ul className="card-list">
        {items.map((item) => (
          <li key={item.id} className="card">
            <h2 className="card-title">
              <Link to={`/${locale}/partners/${item.id}`}>
                {`${item.company.name} – ${t(`partners.kinds.${item.direction}.${item.kind}`)}`}
              </Link>
            </h2>
            <p className="card-meta">
              {t("partners.board.plan", { title: item.plan.title, organisation: item.plan.organisationName })}
              {item.lot
                ? ` · ${t("partners.board.lot", { number: item.lot.number, title: item.lot.title })}`
                : null}
            </p>
            <p className="wrap">{item.description}</p>
            <p className="muted">
              {t("partners.postedOn", { date: formatDate(locale, new Date(item.createdAt)) })}
            </p>
          </li>
        ))}
      </ul>
      <Pager
        page={page}
        total={total}
        pageSize={pageSize}
        basePath={`/${locale}/partners/board`}
        query={query}
      />
    </article>
  );
}
