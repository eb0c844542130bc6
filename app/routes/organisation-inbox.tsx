import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { NativeSelect } from "../components/native-select.tsx";
import { Pager } from "../components/pager.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { orRespond, pageFrom } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { getOrganisation } from "../modules/organisations/index.server.ts";
import { listInbox } from "../modules/presentations/index.server.ts";
import { isRecipientState, recipientStates } from "../modules/presentations/index.ts";
import type { Route } from "./+types/organisation-inbox";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "presentations.inbox.title") },
];

/** The presentations companies sent to this organisation: its buyer-admins, buyers and leadership. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const requested = new URL(request.url).searchParams.get("state");
  const state = isRecipientState(requested) ? requested : undefined;
  const inbox = await orRespond(() =>
    listInbox({
      services: context.services,
      viewer,
      organisationId: params.id,
      state,
      page: pageFrom(request),
    }),
  );
  const organisation = await orRespond(() =>
    getOrganisation({
      services: context.services,
      organisationId: params.id,
      locale: isLocale(params.lang) ? params.lang : "fi",
    }),
  );
  return {
    organisation: { id: organisation.id, name: organisation.name },
    state: state ?? "",
    ...inbox,
    rows: inbox.rows.map((row) => ({ ...row, receivedAt: row.receivedAt.toISOString() })),
  };
}

export default function OrganisationInbox({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { organisation, rows, counts, total, page, pageSize, state } = loaderData;
  const base = `/${locale}/organisations/${organisation.id}/inbox`;
  const all = Object.values(counts).reduce((sum, value) => sum + value, 0);
  return (
    <>
      <p>
        <Link to={`/${locale}/organisations/${organisation.id}`}>{organisation.name}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("presentations.inbox.title")}
      </Heading>
      <Paragraph mb="m">{t("presentations.inbox.intro")}</Paragraph>
      <Form method="get" action={base} className="form-stack" aria-labelledby="inbox-filter-title">
        <Heading variant="h2" id="inbox-filter-title" mb="s">
          {t("presentations.inbox.filterTitle")}
        </Heading>
        <NativeSelect
          id="inbox-state"
          name="state"
          label={t("presentations.inbox.filterState")}
          defaultValue={state}
          options={[
            { value: "", label: t("presentations.inbox.all", { count: all }) },
            ...recipientStates.map((value) => ({
              value,
              label: t("presentations.inbox.stateCount", {
                state: t(`presentations.states.${value}`),
                count: counts[value],
              }),
            })),
          ]}
        />
        <div>
          <Button type="submit" id="inbox-filter-submit">
            {t("presentations.inbox.apply")}
          </Button>
        </div>
      </Form>
      {rows.length === 0 ? (
        <Paragraph mt="m">{t("presentations.inbox.empty")}</Paragraph>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("presentations.inbox.caption", { count: total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("presentations.columns.title")}</th>
                <th scope="col">{t("presentations.columns.company")}</th>
                <th scope="col">{t("presentations.columns.received")}</th>
                <th scope="col">{t("presentations.columns.state")}</th>
                <th scope="col">{t("presentations.columns.messages")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link to={`${base}/${row.id}`} lang={row.language !== locale ? row.language : undefined}>
                      {row.title}
                    </Link>
                  </td>
                  <td>{row.companyName}</td>
                  <td>{formatDate(locale, new Date(row.receivedAt))}</td>
                  <td>{t(`presentations.states.${row.state}`)}</td>
                  <td>{row.messages}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        page={page}
        total={total}
        pageSize={pageSize}
        basePath={base}
        query={state ? `state=${state}` : undefined}
      />
    </>
  );
}
