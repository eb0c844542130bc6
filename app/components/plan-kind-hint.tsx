import { useTranslation } from "react-i18next";
import { formatMoney } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { valueBandLabel, valueCategoryLabel } from "../modules/plans/index.ts";
import {
  classifyValue,
  fitsSuggestion,
  type ProcurementThreshold,
  suggestValueCategory,
  type ThresholdCategory,
  thresholdCategories,
} from "../modules/reference-data/index.ts";

const isCategory = (value: string): value is ThresholdCategory =>
  (thresholdCategories as readonly string[]).includes(value);

/**
 * What the main CPV code says of the procurement's kind (issue 12 point 14): social and health or
 * other specific services (liite E) have thresholds of their own. Shows the suggested kind, says when
 * the chosen kind differs, and the thresholds of the chosen kind with the value's band. Announced
 * politely as it changes; rendered on the server from the posted values, so it works without JS too.
 */
export function PlanKindHint({
  mainCpv,
  valueCategory,
  estimatedValue,
  thresholds,
  refusedCpv,
}: {
  /** The main code the server refused (not in CPV 2008): no kind is suggested for it. */
  refusedCpv?: string;
  mainCpv: string;
  valueCategory: string;
  estimatedValue: string;
  thresholds: ProcurementThreshold[];
}) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "fi";
  const suggestion = mainCpv.trim() === refusedCpv?.trim() ? null : suggestValueCategory(mainCpv);
  const chosen = isCategory(valueCategory) ? valueCategory : "goods-services";
  const amountOf = (kind: ProcurementThreshold["kind"]) =>
    thresholds.find((threshold) => threshold.kind === kind && threshold.category === chosen)?.amountEur;
  const national = amountOf("national");
  const eu = amountOf("eu");
  const compact = estimatedValue.replace(/[\s\u00a0]/g, "");
  const value = /^\d+$/.test(compact) ? Number(compact) : undefined;
  const code = mainCpv.replace(/\s+/g, "").slice(0, 8);
  return (
    <div id="plan-kind-hint" className="kind-hint" aria-live="polite">
      {suggestion ? (
        <p>
          {t(`planForm.kind.${suggestion.category}`, { code, point: suggestion.annexPoint })}
          {fitsSuggestion(chosen, suggestion)
            ? null
            : ` ${t("planForm.kind.mismatch", {
                chosen: t(valueCategoryLabel(chosen)),
                suggested: t(valueCategoryLabel(suggestion.category)),
              })}`}
        </p>
      ) : null}
      {national !== undefined && eu !== undefined ? (
        <p>
          {t("planForm.kind.thresholds", {
            national: formatMoney(locale, national),
            eu: formatMoney(locale, eu),
          })}
          {value !== undefined
            ? ` ${t("planForm.kind.band", {
                value: formatMoney(locale, value),
                band: t(valueBandLabel(classifyValue(value, chosen, thresholds))),
              })}`
            : null}
        </p>
      ) : null}
    </div>
  );
}
