import { useTranslation } from "react-i18next";
import { data, Link, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { Pager } from "../components/pager.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { orRespond, pageFrom } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { listSentPresentations, presentingCompanyOf } from "../modules/presentations/index.server.ts";
import type { Route } from "./+types/presentations";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "presentations.sentTitle") },
];

/** The presentations the viewer's company has sent, with each recipient's state. Company members only. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const companyId = presentingCompanyOf(viewer);
  if (!companyId) throw data({ code: "forbidden" }, { status: 403 });
  const list = await orRespond(() =>
    listSentPresentations({
      services: context.services,
      viewer,
      companyId,
      page: pageFrom(request),
      locale: isLocale(params.lang) ? params.lang : "fi",
    }),
  );
  return {
    ...list,
    rows: list.rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
  };
}

export default function Presentations({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { rows, total, page, pageSize } = loaderData;
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("presentations.sentTitle")}
      </Heading>
      {search.get("sent") === "1" ? (
        <div role="status" className="notice">
          <Paragraph>{t("presentations.sent")}</Paragraph>
        </div>
      ) : null}
      <Paragraph mb="m">{t("presentations.sentIntro")}</Paragraph>
      <p>
        <Link to={`/${locale}/presentations/new`}>{t("presentations.newLink")}</Link>
      </p>
      {rows.length === 0 ? (
        <Paragraph>{t("presentations.noneSent")}</Paragraph>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("presentations.sentCaption", { count: total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("presentations.columns.title")}</th>
                <th scope="col">{t("presentations.columns.sent")}</th>
                <th scope="col">{t("presentations.columns.recipients")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link
                      to={`/${locale}/presentations/${row.id}`}
                      lang={row.language !== locale ? row.language : undefined}
                    >
                      {row.title}
                    </Link>
                  </td>
                  <td>{formatDate(locale, new Date(row.createdAt))}</td>
                  <td>
                    <ul className="plain-list">
                      {row.recipients.map((recipient) => (
                        <li key={recipient.id}>
                          {t("presentations.recipientState", {
                            organisation: recipient.organisationName,
                            state: t(`presentations.states.${recipient.state}`),
                          })}
                          {recipient.messages > 0
                            ? ` – ${t("presentations.messageCount", { count: recipient.messages })}`
                            : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} pageSize={pageSize} basePath={`/${locale}/presentations`} />
    </>
  );
}
