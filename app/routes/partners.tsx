import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { listCompanyInterests } from "../modules/interest/index.server.ts";
import { listCompanyPartners } from "../modules/partners/index.server.ts";
import type { Route } from "./+types/partners";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "partners.overviewTitle") },
];

/** The company's side: its partner requests, its threads and the plans it is interested in. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const db = context.services.database.db;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const overview = await orRespond(() => listCompanyPartners({ db, viewer, locale }));
  const interests = await orRespond(() => listCompanyInterests({ db, viewer, locale }));
  return { ...overview, interests };
}

export default function Partners({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { company, requests, threads, interests } = loaderData;
  const date = (value: string) => formatDate(locale, new Date(value));
  return (
    <article className="prose">
      <Heading variant="h1" mb="s">
        {t("partners.overviewTitle")}
      </Heading>
      <Paragraph mb="m">
        {t("partners.overviewIntro", { company: company.name })}{" "}
        <Link to={`/${locale}/plans`}>{t("partners.findPlans")}</Link>
      </Paragraph>
      <Paragraph mb="m">
        <Link to={`/${locale}/partners/board`}>{t("partners.board.link")}</Link>
      </Paragraph>
      <section aria-labelledby="my-requests-title">
        <Heading variant="h2" id="my-requests-title" mb="s">
          {t("partners.myRequests")}
        </Heading>
        {requests.length === 0 ? (
          <Paragraph mb="m">{t("partners.noRequests")}</Paragraph>
        ) : (
          <ul className="plain-list">
            {requests.map((request) => (
              <li key={request.id}>
                <Link to={`/${locale}/partners/${request.id}`}>
                  {t(`partners.kinds.${request.direction}.${request.kind}`)}:{" "}
                  {request.planTitle ?? t("plans.notPublic")}
                </Link>{" "}
                – {request.status === "closed" ? t("partners.statusClosed") : t("partners.statusOpen")},{" "}
                {t("partners.threadCount", { count: request.threads })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-threads-title">
        <Heading variant="h2" id="my-threads-title" mt="l" mb="s">
          {t("partners.myThreads")}
        </Heading>
        {threads.length === 0 ? (
          <Paragraph mb="m">{t("partners.noThreads")}</Paragraph>
        ) : (
          <ul className="plain-list">
            {threads.map((thread) => (
              <li key={thread.id}>
                <Link to={`/${locale}/partners/threads/${thread.id}`}>
                  {t("partners.threadWith", { company: thread.otherCompany })}
                </Link>{" "}
                – {thread.planTitle ?? t("plans.notPublic")} ({date(thread.updatedAt)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-interests-title">
        <Heading variant="h2" id="my-interests-title" mt="l" mb="s">
          {t("interest.myInterests")}
        </Heading>
        {interests.length === 0 ? (
          <Paragraph mb="m">{t("interest.noInterests")}</Paragraph>
        ) : (
          <ul className="plain-list">
            {interests.map((interest) => (
              <li key={interest.planId}>
                <Link to={`/${locale}/plans/${interest.planId}`}>{interest.title}</Link> (
                {date(interest.since)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
