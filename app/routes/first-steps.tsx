import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { getCompanyProfile, watchParamsFromProfile } from "../modules/companies/index.server.ts";
import { actingCompanyOf } from "../modules/interest/index.server.ts";
import { listPublicPlansMatching } from "../modules/plans/index.server.ts";
import { listWatches } from "../modules/watches/index.server.ts";
import type { Route } from "./+types/first-steps";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "firstSteps.title") },
];

/**
 * Where a new person lands after verifying their address: an entrepreneur's first steps, each marked
 * done or not (company, profile, directory listing, a watch from the profile), and the plans that
 * match the profile today. Someone already in a buyer organisation gets a pointer onwards instead.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  const company = actingCompanyOf(viewer);
  const profile = company
    ? await getCompanyProfile({ db, organisationId: company.organisationId, locale })
    : null;
  const watches = await listWatches(db, viewer);
  const matching = profile
    ? await listPublicPlansMatching({
        db,
        locale,
        limit: 5,
        criteria: {
          cpv: profile.offering.map((item) => item.code),
          regions: profile.servesAllFinland ? [] : profile.regions.map((item) => item.code),
          municipalities: profile.servesAllFinland ? [] : profile.municipalities.map((item) => item.code),
          organisations: [],
          valueBands: [],
          keywords: "",
        },
      })
    : null;
  return {
    company: company ? { id: company.organisationId, name: company.name } : null,
    otherOrganisations: viewer.memberships
      .filter((m) => m.kind !== "company")
      .map((m) => ({ id: m.organisationId, name: m.name })),
    hasProfile: profile !== null,
    isListed: profile?.isListed ?? false,
    watches: watches.map((watch) => ({ id: watch.id, name: watch.name })),
    watchQuery: profile && company ? watchParamsFromProfile(profile, company.name).toString() : "",
    matching,
  };
}

type StepState = "done" | "next" | "later";

function Step({
  id,
  state,
  title,
  text,
  action,
}: {
  id: string;
  state: StepState;
  title: string;
  text: string;
  action?: { to: string; label: string } | undefined;
}) {
  const { t } = useTranslation();
  return (
    <li className={`first-step is-${state}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="first-step-title">
        {title} <span className="first-step-state">({t(`firstSteps.state.${state}`)})</span>
      </h2>
      <p>{text}</p>
      {action ? (
        <p>
          <Link id={`${id}-link`} to={action.to}>
            {action.label}
          </Link>
        </p>
      ) : null}
    </li>
  );
}

export default function FirstSteps({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const lang = params.lang;
  const { company, hasProfile, isListed, watches, matching } = loaderData;
  const profileLink = company ? `/${lang}/organisations/${company.id}/company-profile` : undefined;
  // Each step is done, the next one to do, or waits for an earlier one.
  const done = [company !== null, hasProfile, isListed, watches.length > 0];
  const firstOpen = done.indexOf(false);
  const state = (index: number): StepState =>
    done[index] ? "done" : index === firstOpen || (index === 2 && hasProfile) ? "next" : "later";
  return (
    <>
      {search.get("verified") === "1" ? <FormAlert status="neutral" message="account.verified" /> : null}
      <Heading variant="h1" mb="s">
        {t("firstSteps.title")}
      </Heading>
      <Paragraph mb="m">{t("firstSteps.intro")}</Paragraph>
      {loaderData.otherOrganisations.length > 0 ? (
        <Paragraph mb="m">
          {t("firstSteps.alreadyMember", {
            names: loaderData.otherOrganisations.map((o) => o.name).join(", "),
          })}{" "}
          <Link to={`/${lang}/account`}>{t("firstSteps.toAccount")}</Link>
        </Paragraph>
      ) : null}
      <ol className="first-steps">
        <Step
          id="step-company"
          state={state(0)}
          title={t("firstSteps.company.title")}
          text={company ? t("firstSteps.company.done", { name: company.name }) : t("firstSteps.company.text")}
          action={
            company
              ? undefined
              : { to: `/${lang}/organisations#create-org-title`, label: t("firstSteps.company.action") }
          }
        />
        <Step
          id="step-profile"
          state={state(1)}
          title={t("firstSteps.profile.title")}
          text={t("firstSteps.profile.text")}
          action={
            profileLink
              ? {
                  to: profileLink,
                  label: hasProfile ? t("firstSteps.profile.edit") : t("firstSteps.profile.action"),
                }
              : undefined
          }
        />
        <Step
          id="step-listing"
          state={state(2)}
          title={t("firstSteps.listing.title")}
          text={t("firstSteps.listing.text")}
          action={
            profileLink && hasProfile && !isListed
              ? { to: profileLink, label: t("firstSteps.listing.action") }
              : undefined
          }
        />
        <Step
          id="step-watch"
          state={state(3)}
          title={t("firstSteps.watch.title")}
          text={
            watches.length > 0
              ? t("firstSteps.watch.done", { count: watches.length })
              : t("firstSteps.watch.text")
          }
          action={
            watches[0]
              ? { to: `/${lang}/watches/${watches[0].id}`, label: t("firstSteps.watch.see") }
              : loaderData.watchQuery
                ? { to: `/${lang}/watches/new?${loaderData.watchQuery}`, label: t("firstSteps.watch.action") }
                : undefined
          }
        />
      </ol>
      {matching ? (
        <section aria-labelledby="first-steps-matching" className="watch-matching">
          <Heading variant="h2" id="first-steps-matching" mb="xs" mt="l">
            {t("firstSteps.matching.title")}
          </Heading>
          <Paragraph mb="s">{t("firstSteps.matching.count", { count: matching.total })}</Paragraph>
          {matching.plans.length > 0 ? (
            <ul className="watch-matching-list">
              {matching.plans.map((plan) => (
                <li key={plan.id}>
                  <Link to={`/${lang}/plans/${plan.id}`}>{plan.title}</Link>
                  <span className="field-hint"> {plan.organisation.name}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <Paragraph mt="l">
        <Link to={`/${lang}/plans`}>{t("firstSteps.browse")}</Link>
      </Paragraph>
    </>
  );
}
