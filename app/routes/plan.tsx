import { useTranslation } from "react-i18next";
import { data, Link, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { AttachmentLinks } from "../components/attachment-list.tsx";
import { FormAlert } from "../components/form-alert.tsx";
import { useTenderLabel } from "../components/plan-card.tsx";
import { PlanInterestSection, PlanPartnerRequests } from "../components/plan-interest.tsx";
import { formatDate, formatMoney } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { loadViewer } from "../modules/accounts/index.server.ts";
import { getPlanInterestSummary } from "../modules/interest/index.server.ts";
import { listPlanPartnerRequests } from "../modules/partners/index.server.ts";
import { getPublicPlanDetail } from "../modules/plans/index.server.ts";
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
  // Only what the page shows: whether the company is interested, not its note.
  const interest = summary && {
    count: summary.count,
    isInterested: summary.mine !== null,
    canMark: summary.canMark,
    canSeeCompanies: summary.canSeeCompanies,
  };
  return { plan, interest, partners };
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export default function Plan({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { plan, interest, partners } = loaderData;
  const [search] = useSearchParams();
  const notice = ({ saved: "interest.saved", withdrawn: "interest.withdrawn" } as const)[
    search.get("interest") as "saved" | "withdrawn"
  ];
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const tenderLabel = useTenderLabel();
  const date = (value: string | null) => (value ? formatDate(locale, new Date(`${value}T12:00:00Z`)) : "–");
  const fieldLabel = (field: string) =>
    t(planFieldLabels[field as keyof typeof planFieldLabels] ?? "plans.fields.title");
  return (
    <article className="prose plan-page">
      <p>
        <Link to={`/${params.lang}/plans`}>{t("forwardPlan.backToList")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {plan.title}
      </Heading>
      {plan.isPublic ? null : <Paragraph mb="m">{t("forwardPlan.planNotPublic")}</Paragraph>}
      {notice ? <FormAlert status="neutral" message={notice} /> : null}
      <p>
        <Link to={`/${params.lang}/organisations/${plan.organisation.id}`}>{plan.organisation.name}</Link>
        {" · "}
        {t(`plans.statuses.${plan.status}`)}
      </p>
      <Heading variant="h2" mb="s">
        {t("plans.fields.need")}
      </Heading>
      <p className="wrap">{plan.need}</p>
      <dl className="plan-facts">
        {plan.strategyGoal ? <Field label={t("plans.fields.strategyGoal")}>{plan.strategyGoal}</Field> : null}
        <Field label={t("forwardPlan.cpvCodes")}>
          <ul className="plain-list">
            {plan.cpv.map((code) => (
              <li key={code.code}>
                {code.code} {code.label}
                {code.isMain ? ` (${t("forwardPlan.mainCode")})` : null}
              </li>
            ))}
          </ul>
        </Field>
        <Field label={t("plans.fields.estimatedValue")}>
          {plan.estimatedValueEur === null
            ? t("forwardPlan.valueOpen")
            : formatMoney(locale, plan.estimatedValueEur)}
          {plan.valueBand ? ` (${t(`plans.valueBands.${plan.valueBand}`)})` : null}
        </Field>
        <Field label={t("plans.fields.procedure")}>{t(`plans.procedures.${plan.procedure}`)}</Field>
        <Field label={t("plans.fields.confidence")}>{t(`plans.confidences.${plan.confidence}`)}</Field>
        {plan.participants.length > 0 ? (
          <Field label={t("forwardPlan.participants")}>
            {plan.participants.map((p) => p.name).join(", ")}
          </Field>
        ) : null}
        {plan.hilmaNotice ? <Field label={t("plans.fields.hilmaNotice")}>{plan.hilmaNotice}</Field> : null}
      </dl>
      <Heading variant="h2" mb="s">
        {t("forwardPlan.timeline")}
      </Heading>
      <dl className="plan-facts">
        {plan.dialogue.start || plan.dialogue.end ? (
          <Field label={t("plans.fields.dialogue")}>
            {date(plan.dialogue.start)} – {date(plan.dialogue.end)}
          </Field>
        ) : null}
        <Field label={t("plans.fields.tender")}>{tenderLabel(plan.tender)}</Field>
        {plan.contractStart ? (
          <Field label={t("plans.fields.contractStart")}>{date(plan.contractStart)}</Field>
        ) : null}
        {plan.contractDurationMonths ? (
          <Field label={t("plans.fields.contractDuration")}>
            {t("forwardPlan.months", { count: plan.contractDurationMonths })}
          </Field>
        ) : null}
        {plan.optionMonths ? (
          <Field label={t("plans.fields.optionMonths")}>
            {t("forwardPlan.months", { count: plan.optionMonths })}
          </Field>
        ) : null}
        {plan.contractEnd ? (
          <Field label={t("plans.fields.contractEnd")}>{date(plan.contractEnd)}</Field>
        ) : null}
      </dl>
      <Heading variant="h2" mb="s">
        {t("plans.fields.lots")}
      </Heading>
      {plan.isDividedIntoLots ? (
        <ul className="plain-list">
          {plan.lots.map((lot) => (
            <li key={lot.number}>
              {t("forwardPlan.lotNumber", { number: lot.number })}: {lot.title}
              {lot.estimatedValueEur === null ? null : ` – ${formatMoney(locale, lot.estimatedValueEur)}`}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p>{t("forwardPlan.notDivided")}</p>
          {plan.noLotsReason ? <p className="wrap">{plan.noLotsReason}</p> : null}
        </>
      )}
      <Heading variant="h2" mb="s">
        {t("plans.fields.sustainability")}
      </Heading>
      <ul className="plain-list">
        {plan.sustainability.map((tag) => (
          <li key={`${tag.list}:${tag.code}`}>{tag.label}</li>
        ))}
        <li>
          {t("plans.fields.employmentCondition")}:{" "}
          {plan.employmentCondition ? t("forwardPlan.yes") : t("forwardPlan.no")}
        </li>
      </ul>
      {plan.contact.name || plan.contact.email || plan.contact.phone ? (
        <>
          <Heading variant="h2" mb="s">
            {t("plans.fields.contact")}
          </Heading>
          <p>
            {plan.contact.name}
            {plan.contact.email ? (
              <>
                {" · "}
                <a href={`mailto:${plan.contact.email}`}>{plan.contact.email}</a>
              </>
            ) : null}
            {plan.contact.phone ? ` · ${plan.contact.phone}` : null}
          </p>
        </>
      ) : null}
      {plan.attachments.length > 0 ? (
        <section aria-labelledby="plan-attachments-title">
          <Heading variant="h2" id="plan-attachments-title" mb="s">
            {t("attachments.title")}
          </Heading>
          <AttachmentLinks
            attachments={plan.attachments}
            locale={locale}
            hrefOf={(attachment) => `/${locale}/plans/${plan.id}/attachments/${attachment.id}`}
          />
        </section>
      ) : null}
      {plan.isPublic && interest ? (
        <>
          <PlanInterestSection locale={locale} planId={plan.id} summary={interest} />
          <PlanPartnerRequests
            locale={locale}
            planId={plan.id}
            requests={partners.requests}
            canPost={partners.canPost}
          />
        </>
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
