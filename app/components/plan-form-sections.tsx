import { useTranslation } from "react-i18next";
import { Button } from "suomifi-ui-components";
import {
  lotRows,
  type OfficialLanguages,
  type PlanFormValues,
  valueCategoryLabel,
} from "../modules/plans/index.ts";
import { type ProcurementThreshold, thresholdCategories } from "../modules/reference-data/index.ts";
import { NativeSelect } from "./native-select.tsx";
import {
  FormSection,
  fieldId,
  formLanguages,
  groupError,
  PlanInput,
  TranslatedInputs,
  textOf,
  usePlanErrorText,
} from "./plan-form-fields.tsx";
import { PlanKindHint } from "./plan-kind-hint.tsx";

type CpvResult = { code: string; label: string; ancestors: { code: string; label: string }[] };

/** The subject: main and additional CPV codes, the code search, the value and its kind with the hint. */
export function SubjectSection({
  values,
  errors,
  cpvResults,
  thresholds,
  live,
  open,
}: {
  values: PlanFormValues;
  errors: Record<string, string>;
  cpvResults: CpvResult[] | null;
  thresholds: ProcurementThreshold[];
  live: { mainCpv: string; valueCategory: string; estimatedValueEur: string };
  open: boolean;
}) {
  const { t } = useTranslation();
  const additional = groupError(errors, "additionalCpv");
  return (
    <FormSection id="plan-section-subject" title={t("planForm.sections.subject")} open={open}>
      <PlanInput
        path="mainCpv"
        label={t("plans.fields.mainCpv")}
        hint={t("workspace.mainCpvHint")}
        values={values}
        error={errors.mainCpv}
        required
      />
      <PlanInput
        path="additionalCpv"
        label={t("plans.fields.additionalCpv")}
        hint={t("workspace.additionalCpvHint")}
        values={values}
        error={additional?.[1]}
        errorPath={additional?.[0]}
      />
      <section aria-labelledby="cpv-search-title" className="cpv-search">
        <h3 id="cpv-search-title">{t("workspace.cpvSearchTitle")}</h3>
        <PlanInput path="cpvQuery" label={t("workspace.cpvSearchLabel")} values={values} />
        <div>
          <Button type="submit" name="intent" value="searchCpv" id="cpv-search-submit" variant="secondary">
            {t("workspace.cpvSearchSubmit")}
          </Button>
        </div>
        {cpvResults && cpvResults.length === 0 ? <p>{t("workspace.cpvNoResults")}</p> : null}
        {cpvResults && cpvResults.length > 0 ? (
          <ul className="plain-list" aria-live="polite">
            {cpvResults.map((result) => (
              <li key={result.code}>
                {result.ancestors.length > 0 ? (
                  <span className="muted">
                    {result.ancestors.map((a) => `${a.code} ${a.label}`).join(" › ")} ›{" "}
                  </span>
                ) : null}
                <strong>
                  {result.code} {result.label}
                </strong>{" "}
                <button type="submit" name="intent" value={`useCpv:${result.code}`} className="link-button">
                  {t("workspace.useAsMain", { code: result.code })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <PlanInput
        path="estimatedValueEur"
        label={t("plans.fields.estimatedValue")}
        values={values}
        inputMode="numeric"
        error={errors.estimatedValueEur}
      />
      <NativeSelect
        id={fieldId("valueCategory")}
        name="valueCategory"
        label={t("plans.fields.valueCategory")}
        defaultValue={textOf(values, "valueCategory")}
        error={errors.valueCategory}
        options={thresholdCategories.map((c) => ({ value: c, label: t(valueCategoryLabel(c)) }))}
      />
      <PlanKindHint
        mainCpv={live.mainCpv}
        valueCategory={live.valueCategory}
        estimatedValue={live.estimatedValueEur}
        thresholds={thresholds}
        refusedCpv={errors.mainCpv ? textOf(values, "mainCpv") : undefined}
      />
    </FormSection>
  );
}

/**
 * Division into lots, or the reason not to divide (the law's "divide or explain"). Without JavaScript
 * both parts show, each saying when to fill it in; with it, only the part the checkbox calls for.
 */
export function LotsSection({
  values,
  errors,
  languages,
  isDivided,
  isEnhanced,
  open,
}: {
  values: PlanFormValues;
  errors: Record<string, string>;
  languages: OfficialLanguages;
  isDivided: boolean;
  isEnhanced: boolean;
  open: boolean;
}) {
  const { t } = useTranslation();
  const errorText = usePlanErrorText(values);
  const existingLots = Object.keys(values).filter((key) => /^lots\.\d+\.title\.fi$/.test(key)).length;
  const rows = Math.max(lotRows, existingLots + 1);
  return (
    <FormSection id="plan-section-lots" title={t("planForm.sections.lots")} open={open}>
      <div id={fieldId("lots")} className="form-stack">
        <div className="check-field">
          <input
            type="checkbox"
            id={fieldId("isDividedIntoLots")}
            name="isDividedIntoLots"
            defaultChecked={textOf(values, "isDividedIntoLots") === "on"}
            aria-controls="plan-lots-group plan-no-lots-group"
          />
          <label htmlFor={fieldId("isDividedIntoLots")}>{t("plans.fields.isDividedIntoLots")}</label>
        </div>
        <fieldset id="plan-lots-group" hidden={isEnhanced && !isDivided}>
          <legend>{t("planForm.lotsGroup")}</legend>
          <span className="field-hint">{t("workspace.lotsHint")}</span>
          {errors.lots ? <span className="field-error">{errorText("lots", errors.lots)}</span> : null}
          {Array.from({ length: rows }, (_, row) => row).map((row) => (
            <fieldset key={fieldId(`lots.${row}`)}>
              <legend>{t("workspace.lotRow", { number: row + 1 })}</legend>
              {formLanguages.map((lang) => (
                <PlanInput
                  key={lang}
                  path={`lots.${row}.title.${lang}`}
                  label={t(`workspace.inLanguage.${lang}`, { field: t("workspace.lotTitle") })}
                  values={values}
                  error={errors[`lots.${row}.title.${lang}`]}
                />
              ))}
              {formLanguages.map((lang) => (
                <PlanInput
                  key={`description-${lang}`}
                  path={`lots.${row}.description.${lang}`}
                  label={t(`workspace.inLanguage.${lang}`, { field: t("workspace.lotDescription") })}
                  values={values}
                  error={errors[`lots.${row}.description.${lang}`]}
                  multiline
                />
              ))}
              <PlanInput
                path={`lots.${row}.mainCpv`}
                label={t("workspace.lotCpv")}
                hint={t("workspace.lotCpvHint")}
                values={values}
                error={errors[`lots.${row}.mainCpv`]}
              />
              <PlanInput
                path={`lots.${row}.estimatedValueEur`}
                inputMode="numeric"
                label={t("workspace.lotValue")}
                values={values}
                error={errors[`lots.${row}.estimatedValueEur`]}
              />
            </fieldset>
          ))}
        </fieldset>
        <fieldset id="plan-no-lots-group" hidden={isEnhanced && isDivided}>
          <legend>{t("planForm.noLotsGroup")}</legend>
          <TranslatedInputs
            path="noLotsReason"
            labelKey="plans.fields.noLotsReason"
            values={values}
            errors={errors}
            multiline
            required={languages}
          />
        </fieldset>
      </div>
    </FormSection>
  );
}
