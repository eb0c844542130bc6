import { useTranslation } from "react-i18next";
import { Heading } from "suomifi-ui-components";
import { formatMoney } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { pickTranslation, type TextByLanguage } from "../lib/pick-translation.ts";
import type { NoticeSource, NoticeType } from "../modules/notices/index.ts";

/** A text in the reader's language (or the first one given), marked with its language. */
function Text({ value, locale }: { value: TextByLanguage | null; locale: Locale }) {
  const picked = pickTranslation(value, locale);
  return picked ? <span lang={picked.lang}>{picked.text}</span> : <>–</>;
}

/**
 * What the notice will say (issue 14 point 3), field by field with its eForms business term, so the
 * buyer checks it before downloading and recognises each field in Hilma.
 */
export function NoticeSummary({
  source,
  type,
  locale,
}: {
  source: NoticeSource;
  type: NoticeType;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const { buyer, plan } = source;
  const none = "–";
  const tender = plan.tenderYear
    ? plan.tenderMonth
      ? `${plan.tenderMonth}/${plan.tenderYear}`
      : plan.tenderQuarter
        ? `Q${plan.tenderQuarter}/${plan.tenderYear}`
        : String(plan.tenderYear)
    : none;
  const rows: [string, string, React.ReactNode][] = [
    ["BT-02", t("notices.fields.type"), t(`notices.types.${type}`)],
    ["BT-701", t("notices.fields.noticeId"), source.noticeId],
    ["BT-500", t("notices.fields.buyer"), <Text key="buyer" value={buyer.name} locale={locale} />],
    ["BT-501", t("notices.fields.yTunnus"), buyer.yTunnus ?? none],
    ["BT-513", t("notices.fields.city"), <Text key="city" value={buyer.city} locale={locale} />],
    ["BT-507", t("notices.fields.buyerNuts"), buyer.nuts3 ?? none],
    [
      "BT-506",
      t("notices.fields.contact"),
      [buyer.contactName, buyer.contactEmail, buyer.contactPhone].filter(Boolean).join(", ") || none,
    ],
    ["BT-21", t("notices.fields.title"), <Text key="title" value={plan.title} locale={locale} />],
    [
      "BT-702",
      t("notices.fields.languages"),
      plan.languages.map((language) => t(`notices.languages.${language}`)).join(", "),
    ],
    ["BT-262", t("notices.fields.mainCpv"), plan.mainCpv],
    ["BT-263", t("notices.fields.additionalCpv"), plan.additionalCpv.join(", ") || none],
    [
      "BT-27",
      t("notices.fields.value"),
      plan.estimatedValueEur === null ? none : formatMoney(locale, plan.estimatedValueEur),
    ],
    ["BT-5071", t("notices.fields.place"), plan.placeNuts3 ?? none],
    [
      "BT-137",
      t("notices.fields.lots"),
      plan.lots.length === 0 ? t("notices.oneLot") : String(plan.lots.length),
    ],
    [
      "BT-06",
      t("notices.fields.strategic"),
      plan.strategicProcurement.map((code) => t(`notices.strategic.${code}`)).join(", ") || none,
    ],
    ["BT-127", t("notices.fields.plannedTender"), tender],
    [
      "BT-630",
      t("notices.fields.dialogue"),
      plan.dialogueEnd ? `${plan.dialogueStart ?? ""} – ${plan.dialogueEnd}` : none,
    ],
    ["BT-18", t("notices.fields.planPage"), plan.url],
  ];
  return (
    <section aria-labelledby="notice-summary-title">
      <Heading variant="h2" id="notice-summary-title" mt="l" mb="s">
        {t("notices.summaryTitle")}
      </Heading>
      <dl className="facts notice-summary" id="notice-summary">
        {rows.map(([term, label, value]) => (
          <div key={term}>
            <dt>
              {label} <span className="field-hint">({term})</span>
            </dt>
            <dd className="wrap">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
