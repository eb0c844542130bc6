import { useTranslation } from "react-i18next";
import { data, Link, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { PlanDraftsSection } from "../components/plan-drafts-section.tsx";
import { PlanEventsSection } from "../components/plan-events-section.tsx";
import { PlanInterestSection, PlanPartnerRequests } from "../components/plan-interest.tsx";
import { PlanMeetingsSection } from "../components/plan-meetings-section.tsx";
import { PlanQuestions } from "../components/plan-questions.tsx";
import { PublicPlanBody } from "../components/public-plan-body.tsx";
import { PlanRfiSection } from "../components/rfi-parts.tsx";
import { InLanguage } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { loadViewer } from "../modules/accounts/index.server.ts";
import {
  getPlanQuestionsView,
  listEventsForPlan,
  listMeetingRoundsForPlan,
  listPlanDrafts,
  listPublicRfis,
} from "../modules/dialogue/index.server.ts";
import { getPlanInterestSummary } from "../modules/interest/index.server.ts";
import { listPlanNotices } from "../modules/notices/index.server.ts";
import { listPlanPartnerRequests } from "../modules/partners/index.server.ts";
import { findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import { planFieldLabels } from "../modules/plans/index.ts";
import type { Route } from "./+types/plan";

export const meta: Route.MetaFunction = ({ params, loaderData }) => [
  { title: `${loaderData?.plan.title ?? ""} – ${pageTitle(params.lang, "forwardPlan.title")}` },
];

/** One plan: public to all; a draft or internal plan only to those canViewPlan allows, else 404. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const db = context.services.database.db;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const plan = await getPublicPlanDetail({ db, locale, viewer, planId: params.id });
  if (!plan) throw data(null, { status: 404 });
  const summary = await getPlanInterestSummary({ db, viewer, planId: params.id, locale });
  const partners = await listPlanPartnerRequests({ db, viewer, planId: params.id, locale });
  const state = await findPlanForDialogue(db, params.id);
  const questions = state ? await getPlanQuestionsView({ db, viewer, plan: state, locale }) : null;
  // Only what the page shows: whether the company is interested, not its note.
  const interest = summary && {
    count: summary.count,
    isInterested: summary.mine !== null,
    canMark: summary.canMark,
    canSeeCompanies: summary.canSeeCompanies,
  };
  const meetings = plan.isPublic ? await listMeetingRoundsForPlan(db, viewer, params.id) : [];
  const drafts = plan.isPublic ? await listPlanDrafts(db, viewer, params.id) : [];
  const events = plan.isPublic ? await listEventsForPlan(db, viewer, params.id) : [];
  const rfis = plan.isPublic ? await listPublicRfis(db, params.id) : [];
  // Where Hilma published the plan's notices (issue 14): the plan is one this reader may see.
  const notices = await listPlanNotices(db, plan.id);
  return {
    plan,
    interest,
    partners,
    questions,
    meetings,
    drafts,
    events,
    rfis,
    notices,
    signedIn: viewer !== null,
  };
}

export default function Plan({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { plan, interest, partners, questions } = loaderData;
  const [search] = useSearchParams();
  const notice =
    ({ saved: "interest.saved", withdrawn: "interest.withdrawn" } as const)[
      search.get("interest") as "saved" | "withdrawn"
    ] ?? (search.get("question") === "sent" ? "questions.sent" : undefined);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const fieldLabel = (field: string) =>
    t(planFieldLabels[field as keyof typeof planFieldLabels] ?? "plans.fields.title");
  return (
    <article className="prose plan-page">
      <p>
        <Link to={`/${params.lang}/plans`}>{t("forwardPlan.backToList")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        <InLanguage lang={plan.languages.title} locale={locale}>
          {plan.title}
        </InLanguage>
      </Heading>
      {plan.isPublic ? null : <Paragraph mb="m">{t("forwardPlan.planNotPublic")}</Paragraph>}
      {notice ? <FormAlert status="neutral" message={notice} /> : null}
      <p>
        <Link to={`/${params.lang}/organisations/${plan.organisation.id}`}>{plan.organisation.name}</Link>
        {" · "}
        {t(`plans.statuses.${plan.status}`)}
      </p>
      <PublicPlanBody plan={plan} locale={locale} notices={loaderData.notices} />
      {plan.isPublic && interest ? (
        <>
          <PlanInterestSection locale={locale} planId={plan.id} summary={interest} />
          <PlanPartnerRequests
            locale={locale}
            planId={plan.id}
            requests={partners.requests}
            canPost={partners.canPost}
          />
          <PlanMeetingsSection locale={locale} planId={plan.id} rounds={loaderData.meetings} />
          <PlanDraftsSection locale={locale} planId={plan.id} drafts={loaderData.drafts} />
          <PlanEventsSection locale={locale} events={loaderData.events} />
          <PlanRfiSection locale={locale} planId={plan.id} rfis={loaderData.rfis} />
        </>
      ) : null}
      {questions ? (
        <PlanQuestions locale={locale} planId={plan.id} view={questions} signedIn={loaderData.signedIn} />
      ) : null}
      {plan.versions.length > 0 ? (
        <section aria-labelledby="plan-versions-title">
          <Heading variant="h2" id="plan-versions-title" mb="s">
            {t("forwardPlan.versions")}
          </Heading>
          <ol className="plain-list" reversed>
            {plan.versions.map((version) => (
              <li key={version.version}>
                <strong>
                  {t("forwardPlan.versionTitle", {
                    version: version.version,
                    date: formatDate(locale, new Date(version.createdAt)),
                  })}
                </strong>
                {version.changedFields.length === 0 ? (
                  <p>{t("forwardPlan.firstPublished")}</p>
                ) : (
                  <p>
                    {t("forwardPlan.changed")}: {version.changedFields.map(fieldLabel).join(", ")}
                  </p>
                )}
                {version.reason ? (
                  <p>
                    {t("forwardPlan.reason")}: {version.reason}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
