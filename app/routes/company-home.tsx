import { useTranslation } from "react-i18next";
import { data, Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { CompanyDraftsSection } from "../components/company-drafts-section.tsx";
import { OpenSurveys } from "../components/open-surveys.tsx";
import { CompanyEventRegistrations } from "../components/plan-events-section.tsx";
import { CompanyRfisSection } from "../components/rfi-parts.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  listCompanyDraftComments,
  listCompanyEventRegistrations,
  listCompanyMeetings,
  listCompanyQuestions,
  listCompanyRfis,
  listOpenSurveys,
} from "../modules/dialogue/index.server.ts";
import { actingCompanyOf, listCompanyInterests } from "../modules/interest/index.server.ts";
import { listCompanyPartners } from "../modules/partners/index.server.ts";
import { listSentPresentations } from "../modules/presentations/index.server.ts";
import { listNotifications, listWatches } from "../modules/watches/index.server.ts";
import type { Route } from "./+types/company-home";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "companyHome.title") },
];

const latest = 5;

/**
 * A company's home: its watches and latest matches, the plans it is interested in, its presentations
 * and its partner threads, each with a link to the full list. For the company's own members.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const viewer = await requireViewer(context, request, params.lang);
  const company = actingCompanyOf(viewer);
  if (!company) throw data({ code: "forbidden" }, { status: 403 });
  const { db } = context.services.database;
  const watches = await listWatches(db, viewer);
  const notifications = await listNotifications(db, viewer, { page: 1, locale });
  const interests = await listCompanyInterests({ db, viewer, locale });
  const partners = await listCompanyPartners({ db, viewer, locale });
  const presentations = await listSentPresentations({
    services: context.services,
    viewer,
    companyId: company.organisationId,
  });
  return {
    company: { id: company.organisationId, name: company.name },
    watches: watches.length,
    notifications: { items: notifications.items.slice(0, latest), unread: notifications.unread },
    interests: interests.slice(0, latest),
    presentations: presentations.rows.slice(0, latest).map((row) => ({
      id: row.id,
      title: row.title,
      states: row.recipients.map((r) => ({ name: r.organisationName, state: r.state })),
    })),
    threads: partners.threads.slice(0, latest),
    questions: await listCompanyQuestions(db, viewer, locale, latest),
    meetings: await listCompanyMeetings(db, viewer, locale, {
      interestedPlanIds: interests.map((item) => item.planId),
      limit: latest,
    }),
    drafts: (await listCompanyDraftComments(context.services, { viewer, locale })).slice(0, latest),
    events: await listCompanyEventRegistrations(context.services, { viewer }),
    surveys: await listOpenSurveys(db, viewer, locale),
    rfis: await listCompanyRfis(context.services, { viewer, limit: latest }),
    requests: partners.requests.length,
  };
}

function Section({
  id,
  title,
  more,
  empty,
  children,
}: {
  id: string;
  title: string;
  more: { to: string; label: string };
  empty: string | null;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="home-section">
      <Heading variant="h2" id={id} mb="xs">
        {title}
      </Heading>
      {empty ? <Paragraph mb="xs">{empty}</Paragraph> : children}
      <p>
        <Link to={more.to}>{more.label}</Link>
      </p>
    </section>
  );
}

export default function CompanyHome({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { company, notifications, interests, presentations, threads } = loaderData;
  return (
    <>
      <Heading variant="h1" mb="s">
        {company.name}
      </Heading>
      <Paragraph mb="m">{t("companyHome.intro")}</Paragraph>
      <p>
        <Link to={`/${locale}/organisations/${company.id}/company-profile`}>{t("companyHome.profile")}</Link>
      </p>
      <OpenSurveys surveys={loaderData.surveys} locale={locale} />
      <Section
        id="home-matches"
        title={t("companyHome.matches", { count: notifications.unread })}
        more={{ to: `/${locale}/watches`, label: t("companyHome.allWatches", { count: loaderData.watches }) }}
        empty={notifications.items.length === 0 ? t("notifications.noWatches") : null}
      >
        <ul className="compact-list">
          {notifications.items.map((item) => (
            <li key={item.id}>
              {item.read ? null : <strong className="badge">{t("notifications.unread")}</strong>}{" "}
              <Link to={`/${locale}/notifications/${item.id}`}>{item.planTitle ?? t("plans.notPublic")}</Link>{" "}
              ({item.organisationName ? `${item.organisationName}, ` : ""}
              {t(`watches.happened.${item.event}`)})
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="home-interests"
        title={t("companyHome.interests")}
        more={{ to: `/${locale}/plans`, label: t("companyHome.findPlans") }}
        empty={interests.length === 0 ? t("companyHome.noInterests") : null}
      >
        <ul className="compact-list">
          {interests.map((item) => (
            <li key={item.planId}>
              <Link to={`/${locale}/plans/${item.planId}`}>{item.title}</Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="home-questions"
        title={t("companyHome.questions")}
        more={{ to: `/${locale}/plans?dialogueOpen=1`, label: t("companyHome.dialoguePlans") }}
        empty={loaderData.questions.length === 0 ? t("companyHome.noQuestions") : null}
      >
        <ul className="compact-list">
          {loaderData.questions.map((item) => (
            <li key={item.id}>
              {item.planTitle ? (
                <Link to={`/${locale}/plans/${item.planId}#questions`}>{item.planTitle}</Link>
              ) : (
                t("plans.notPublic")
              )}
              : <span className="wrap">{item.question}</span> ({t(`questions.states.${item.state}`)})
            </li>
          ))}
        </ul>
      </Section>
      <CompanyDraftsSection locale={locale} items={loaderData.drafts} />
      <Section
        id="home-meetings"
        title={t("companyHome.meetings")}
        more={{ to: `/${locale}/plans?dialogueOpen=1`, label: t("companyHome.dialoguePlans") }}
        empty={
          loaderData.meetings.booked.length + loaderData.meetings.toBook.length === 0
            ? t("companyHome.noMeetings")
            : null
        }
      >
        <ul className="compact-list">
          {[...loaderData.meetings.booked, ...loaderData.meetings.toBook].map((item) => (
            <li key={item.roundId}>
              <Link to={`/${locale}/plans/${item.planId}/meetings/${item.roundId}`}>{item.roundTitle}</Link> (
              {item.planTitle}):{" "}
              {item.startsAt
                ? t("companyHome.meetingBooked", { time: formatDate(locale, new Date(item.startsAt), true) })
                : t("companyHome.meetingToBook", {
                    deadline: formatDate(locale, new Date(item.bookingDeadline), true),
                  })}
            </li>
          ))}
        </ul>
      </Section>
      <CompanyEventRegistrations locale={locale} registrations={loaderData.events} />
      <CompanyRfisSection locale={locale} rfis={loaderData.rfis} />
      <Section
        id="home-presentations"
        title={t("companyHome.presentations")}
        more={{ to: `/${locale}/presentations`, label: t("companyHome.allPresentations") }}
        empty={presentations.length === 0 ? t("companyHome.noPresentations") : null}
      >
        <ul className="compact-list">
          {presentations.map((item) => (
            <li key={item.id}>
              <Link to={`/${locale}/presentations/${item.id}`}>{item.title}</Link>:{" "}
              {item.states.map((s) => `${s.name} – ${t(`presentations.states.${s.state}`)}`).join(", ")}
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="home-partners"
        title={t("companyHome.partners")}
        more={{
          to: `/${locale}/partners`,
          label: t("companyHome.allPartners", { count: loaderData.requests }),
        }}
        empty={threads.length === 0 ? t("companyHome.noThreads") : null}
      >
        <ul className="compact-list">
          {threads.map((thread) => (
            <li key={thread.id}>
              <Link to={`/${locale}/partners/threads/${thread.id}`}>
                {thread.planTitle ?? t("plans.notPublic")}
              </Link>{" "}
              ({thread.otherCompany})
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
