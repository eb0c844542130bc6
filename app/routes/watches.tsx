import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { type CriterionLabel, describeWatchCriteria, listWatches } from "../modules/watches/index.server.ts";
import type { Route } from "./+types/watches";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "watches.title") }];

/** The signed-in person's watches. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  const watches = await listWatches(db, viewer);
  const criteria = await describeWatchCriteria(db, watches, isLocale(params.lang) ? params.lang : "fi");
  return { watches, criteria };
}

/** The field label each kind of criterion is shown under. */
const criterionFields: Record<CriterionLabel["kind"], string> = {
  keywords: "watches.fields.keywords",
  cpv: "watches.fields.cpv",
  region: "watches.fields.regions",
  municipality: "watches.fields.municipalities",
  organisation: "watches.fields.organisations",
};

export default function Watches({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const notice =
    search.get("saved") === "1" ? "watches.saved" : search.get("deleted") === "1" ? "watches.deleted" : null;
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("watches.title")}
      </Heading>
      {notice ? (
        <div role="status" className="notice">
          <Paragraph>{t(notice)}</Paragraph>
        </div>
      ) : null}
      <Paragraph mb="m">{t("watches.intro")}</Paragraph>
      <p>
        <Link to={`/${locale}/watches/new`} className="button-link">
          {t("watches.create")}
        </Link>{" "}
        <Link to={`/${locale}/notifications`}>{t("notifications.title")}</Link>
      </p>
      {loaderData.watches.length === 0 ? (
        <Paragraph>{t("watches.empty")}</Paragraph>
      ) : (
        <ul className="card-list">
          {loaderData.watches.map((watch) => (
            <li key={watch.id} className="card">
              <h2 className="card-title">
                <Link to={`/${locale}/watches/${watch.id}`}>{watch.name}</Link>
              </h2>
              <dl className="facts">
                {criteriaRows(loaderData.criteria[watch.id] ?? [], watch.valueBands, t)}
                <dt>{t("watches.fields.events")}</dt>
                <dd>{watch.events.map((event) => t(`watches.events.${event}`)).join(", ")}</dd>
                <dt>{t("watches.delivery")}</dt>
                <dd>
                  {[
                    watch.instant ? t("watches.fields.instant") : null,
                    watch.digest ? t("watches.fields.digest") : null,
                  ]
                    .filter(Boolean)
                    .join(", ")}
                  {watch.unsubscribed ? (
                    <span className="field-hint"> {t("watches.unsubscribed")}</span>
                  ) : null}
                </dd>
              </dl>
              <p>{t("watches.matches", { count: watch.notifications })}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A row per kind of criterion, e.g. "CPV-koodit: 90900000 Siivous- ja puhtaanapitopalvelut"; "kaikki" when none. */
function criteriaRows(criteria: CriterionLabel[], valueBands: string[], t: (key: string) => string) {
  const rows = (Object.keys(criterionFields) as CriterionLabel["kind"][])
    .map((kind) => ({
      field: criterionFields[kind],
      labels: criteria.filter((criterion) => criterion.kind === kind).map((criterion) => criterion.label),
    }))
    .concat([
      { field: "watches.fields.valueBands", labels: valueBands.map((band) => t(`plans.valueBands.${band}`)) },
    ])
    .filter((row) => row.labels.length > 0);
  if (rows.length === 0)
    return (
      <>
        <dt>{t("watches.criteria")}</dt>
        <dd>{t("watches.anything")}</dd>
      </>
    );
  return rows.map((row) => (
    <Fragment key={row.field}>
      <dt>{t(row.field)}</dt>
      <dd>{row.labels.join("; ")}</dd>
    </Fragment>
  ));
}
