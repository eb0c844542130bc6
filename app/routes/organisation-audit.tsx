import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { Pager } from "../components/pager.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { orRespond, pageFrom } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { getOrganisation, listOrganisationAuditLog } from "../modules/organisations/index.server.ts";
import { type AuditValue, describeAuditSummary } from "../modules/organisations/index.ts";
import type { Route } from "./+types/organisation-audit";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "organisations.auditLog") },
];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const organisation = await orRespond(() =>
    getOrganisation({
      services: context.services,
      organisationId: params.id,
      locale: isLocale(params.lang) ? params.lang : "fi",
    }),
  );
  const log = await orRespond(() =>
    listOrganisationAuditLog({
      services: context.services,
      viewer,
      organisationId: params.id,
      page: pageFrom(request),
    }),
  );
  return {
    organisation: { id: organisation.id, name: organisation.name },
    ...log,
    rows: log.rows.map(({ summary, ...row }) => ({
      ...row,
      occurredAt: row.occurredAt.toISOString(),
      details: describeAuditSummary(row.action, summary),
    })),
  };
}

export default function OrganisationAudit({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const show = (value: AuditValue): string => {
    switch (value.kind) {
      case "text":
        return value.text;
      case "key":
        return t(value.key, { defaultValue: value.fallback });
      case "keys":
        return value.items.map((item) => t(item.key, { defaultValue: item.fallback })).join(", ");
      case "yesNo":
        return t(value.yes ? "auditValues.yes" : "auditValues.no");
      case "date":
        return formatDate(locale, new Date(value.iso), value.iso.includes("T"));
    }
  };
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("organisations.auditLog")}
      </Heading>
      <Paragraph mb="m">
        <Link to={`/${params.lang}/organisations/${loaderData.organisation.id}`}>
          {loaderData.organisation.name}
        </Link>
      </Paragraph>
      {loaderData.rows.length === 0 ? (
        <Paragraph>{t("organisations.auditEmpty")}</Paragraph>
      ) : (
        // A block per entry on a phone (app.css, .fitting-table): no sideways scrolling out of keyboard reach.
        <table className="data-table fitting-table">
          <caption className="visually-hidden">{t("organisations.auditLog")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("organisations.auditWhen")}</th>
              <th scope="col">{t("organisations.auditWho")}</th>
              <th scope="col">{t("organisations.auditWhat")}</th>
              <th scope="col">{t("organisations.auditDetails")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.rows.map((row) => (
              <tr key={row.id}>
                <td>{formatDate(locale, new Date(row.occurredAt), true)}</td>
                <td>{row.actorName ?? t("organisations.auditRemovedUser")}</td>
                <td>{t(`auditActions.${row.action}`, { defaultValue: row.action })}</td>
                <td>
                  {row.details.length === 0 ? null : (
                    <ul className="plain-list">
                      {row.details.map((detail) => (
                        <li key={detail.field} className="wrap">
                          {`${t(detail.label, { defaultValue: detail.field })}: ${show(detail.value)}`}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        page={loaderData.page}
        total={loaderData.total}
        pageSize={loaderData.pageSize}
        basePath={`/${params.lang}/organisations/${loaderData.organisation.id}/audit`}
      />
    </>
  );
}
