import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { requireViewer } from "../modules/accounts/route-viewer.server.ts";
import { listWatches } from "../modules/watches/watch-queries.server.ts";
import type { Route } from "./+types/watches";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "watches.title") }];

/** The signed-in person's watches. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  return { watches: await listWatches(context.services.database.db, viewer) };
}

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
                <dt>{t("watches.criteria")}</dt>
                <dd>
                  {[
                    watch.keywords,
                    ...watch.cpvCodes,
                    ...watch.regions,
                    ...watch.municipalities,
                    ...watch.valueBands.map((band) => t(`plans.valueBands.${band}`)),
                  ]
                    .filter(Boolean)
                    .join(", ") || t("watches.anything")}
                </dd>
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
