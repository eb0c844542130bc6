import { useTranslation } from "react-i18next";
import { Heading } from "suomifi-ui-components";
import { formatDate, formatMoney } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { PublicNotice } from "../modules/notices/index.server.ts";
import type { PublicPlanDetail } from "../modules/plans/index.server.ts";
import { AttachmentLinks } from "./attachment-list.tsx";
import { HilmaNotice } from "./hilma-notice.tsx";
import { useTenderLabel } from "./plan-card.tsx";
import { InLanguage } from "./translated-text.tsx";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * What the public page of a plan shows about it, from the need to the attachments: the public plan page
 * and the preview before publishing (issue 12 point 12) show the same. `heading` is the level of its
 * section headings (h3 inside a preview that has its own h2).
 */
export function PublicPlanBody({
  plan,
  locale,
  heading = "h2",
  notices = [],
}: {
  plan: PublicPlanDetail;
  locale: Locale;
  heading?: "h2" | "h3";
  /** Where Hilma published the plan's notices (issue 14). */
  notices?: PublicNotice[];
}) {
  const { t } = useTranslation();
  const tenderLabel = useTenderLabel();
  const date = (value: string | null) => (value ? formatDate(locale, new Date(`${value}T12:00:00Z`)) : "–");
  return (
    <>
      <Heading variant={heading} mb="s">
        {t("plans.fields.need")}
      </Heading>
      <p className="wrap">
        <InLanguage lang={plan.languages.need} locale={locale}>
          {plan.need}
        </InLanguage>
      </p>
      <dl className="plan-facts">
        {plan.strategyGoal ? (
          <Field label={t("plans.fields.strategyGoal")}>
            <InLanguage lang={plan.languages.strategyGoal} locale={locale}>
              {plan.strategyGoal}
            </InLanguage>
          </Field>
        ) : null}
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
        {plan.hilmaNotice ? (
          <Field label={t("plans.fields.hilmaNotice")}>
            <HilmaNotice value={plan.hilmaNotice} />
          </Field>
        ) : null}
        {notices.length > 0 ? (
          <Field label={t("notices.publicTitle")}>
            <ul className="plain-list" id="plan-notices">
              {notices.map((notice) => (
                <li key={notice.type}>
                  {t(`notices.types.${notice.type}`)}: <HilmaNotice value={notice.text} />
                </li>
              ))}
            </ul>
          </Field>
        ) : null}
      </dl>
      <Heading variant={heading} mb="s">
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
      <Heading variant={heading} mb="s">
        {t("plans.fields.lots")}
      </Heading>
      {plan.isDividedIntoLots ? (
        <ul className="plain-list">
          {plan.lots.map((lot) => (
            <li key={lot.number}>
              {t("forwardPlan.lotNumber", { number: lot.number })}:{" "}
              <InLanguage lang={lot.titleLang} locale={locale}>
                {lot.title}
              </InLanguage>
              {lot.estimatedValueEur === null ? null : ` – ${formatMoney(locale, lot.estimatedValueEur)}`}
              {lot.mainCpv ? ` (CPV ${lot.mainCpv})` : null}
              {lot.description ? (
                <p className="wrap" lang={lot.description.lang === locale ? undefined : lot.description.lang}>
                  {lot.description.text}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p>{t("forwardPlan.notDivided")}</p>
          {plan.noLotsReason ? (
            <p className="wrap">
              <InLanguage lang={plan.languages.noLotsReason} locale={locale}>
                {plan.noLotsReason}
              </InLanguage>
            </p>
          ) : null}
        </>
      )}
      <Heading variant={heading} mb="s">
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
          <Heading variant={heading} mb="s">
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
          <Heading variant={heading} id="plan-attachments-title" mb="s">
            {t("attachments.title")}
          </Heading>
          <AttachmentLinks
            attachments={plan.attachments}
            locale={locale}
            hrefOf={(attachment) => `/${locale}/plans/${plan.id}/attachments/${attachment.id}`}
          />
        </section>
      ) : null}
    </>
  );
}
