import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { Button } from "suomifi-ui-components";
import {
  confidenceLabel,
  confidences,
  lotRows,
  type PlanFormValues,
  procedureLabel,
  procedures,
  valueCategoryLabel,
} from "../modules/plans/index.ts";
import { thresholdCategories } from "../modules/reference-data/index.ts";
import { NativeSelect } from "./native-select.tsx";
import {
  CheckField,
  ErrorSummary,
  fieldId,
  formLanguages,
  groupError,
  PlanInput,
  TranslatedInputs,
  textOf,
} from "./plan-form-fields.tsx";

export type PlanFormProps = {
  values: PlanFormValues;
  errors: Record<string, string>;
  cpvResults: { code: string; label: string; ancestors: { code: string; label: string }[] }[] | null;
  options: {
    codeLists: { list: string; codes: { code: string; label: string }[] }[];
    organisations: { id: string; name: string }[];
  };
  needsReason: boolean;
  submitLabel: string;
  cancelTo: string;
};

const groups = ["participants", "sustainability", "lots", "additionalCpv"];
const anchorOf = (path: string) => {
  const group = groups.find((name) => path === name || path.startsWith(`${name}.`));
  if (group && !/^lots\.\d+\./.test(path)) return fieldId(group);
  return fieldId(path === "noLotsReason" ? "noLotsReason.fi" : path);
};

/** The plan form for creating and editing: every field of planInputSchema, grouped, without JavaScript. */
export function PlanForm({
  values,
  errors,
  cpvResults,
  options,
  needsReason,
  submitLabel,
  cancelTo,
}: PlanFormProps) {
  const { t } = useTranslation();
  const list = (key: string) => (Array.isArray(values[key]) ? (values[key] as string[]) : []);
  const select = (path: string, label: string, items: { value: string; label: string }[], hint?: string) => (
    <NativeSelect
      id={fieldId(path)}
      name={path}
      label={label}
      hint={hint}
      defaultValue={textOf(values, path)}
      error={errors[path]}
      options={items}
    />
  );
  const existingLots = Object.keys(values).filter((key) => /^lots\.\d+\.title\.fi$/.test(key)).length;
  const rows = Math.max(lotRows, existingLots + 1);
  return (
    <Form method="post" className="form-stack plan-form" noValidate>
      <ErrorSummary errors={errors} anchorOf={anchorOf} />
      <fieldset>
        <legend>{t("workspace.basics")}</legend>
        <TranslatedInputs path="title" labelKey="plans.fields.title" values={values} errors={errors} />
        <TranslatedInputs
          path="need"
          labelKey="plans.fields.need"
          values={values}
          errors={errors}
          multiline
        />
        <TranslatedInputs
          path="strategyGoal"
          labelKey="plans.fields.strategyGoal"
          values={values}
          errors={errors}
        />
      </fieldset>
      <fieldset>
        <legend>{t("workspace.cpvLegend")}</legend>
        <PlanInput
          path="mainCpv"
          label={t("plans.fields.mainCpv")}
          hint={t("workspace.mainCpvHint")}
          values={values}
          error={errors.mainCpv}
        />
        <PlanInput
          path="additionalCpv"
          label={t("plans.fields.additionalCpv")}
          hint={t("workspace.additionalCpvHint")}
          values={values}
          error={groupError(errors, "additionalCpv")}
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
      </fieldset>
      <fieldset>
        <legend>{t("workspace.valueLegend")}</legend>
        <PlanInput
          path="estimatedValueEur"
          label={t("plans.fields.estimatedValue")}
          values={values}
          inputMode="numeric"
          error={errors.estimatedValueEur}
        />
        {select(
          "valueCategory",
          t("plans.fields.valueCategory"),
          thresholdCategories.map((c) => ({ value: c, label: t(valueCategoryLabel(c)) })),
        )}
      </fieldset>
      <fieldset>
        <legend>{t("workspace.timelineLegend")}</legend>
        <PlanInput
          path="dialogueStart"
          type="date"
          label={t("plans.fields.dialogueStart")}
          values={values}
          error={errors.dialogueStart}
        />
        <PlanInput
          path="dialogueEnd"
          type="date"
          label={t("plans.fields.dialogueEnd")}
          values={values}
          error={errors.dialogueEnd}
        />
        <PlanInput
          path="tenderYear"
          inputMode="numeric"
          label={`${t("plans.fields.tender")}: ${t("plans.fields.tenderYear")}`}
          hint={t("workspace.tenderHint")}
          values={values}
          error={errors.tenderYear}
        />
        {select("tenderQuarter", `${t("plans.fields.tender")}: ${t("plans.fields.tenderQuarter")}`, [
          { value: "", label: "–" },
          ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: `Q${q}` })),
        ])}
        {select("tenderMonth", `${t("plans.fields.tender")}: ${t("plans.fields.tenderMonth")}`, [
          { value: "", label: "–" },
          ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
        ])}
        <PlanInput
          path="contractStart"
          type="date"
          label={t("plans.fields.contractStart")}
          values={values}
          error={errors.contractStart}
        />
        <PlanInput
          path="contractDurationMonths"
          inputMode="numeric"
          label={t("plans.fields.contractDuration")}
          values={values}
          error={errors.contractDurationMonths}
        />
        <PlanInput
          path="optionMonths"
          inputMode="numeric"
          label={t("plans.fields.optionMonths")}
          values={values}
          error={errors.optionMonths}
        />
      </fieldset>
      <fieldset>
        <legend>{t("workspace.procedureLegend")}</legend>
        {select(
          "procedure",
          t("plans.fields.procedure"),
          procedures.map((p) => ({ value: p, label: t(procedureLabel(p)) })),
        )}
        <fieldset id={fieldId("participants")} aria-describedby="participants-hint">
          <legend>{t("plans.fields.participants")}</legend>
          <span id="participants-hint" className="field-hint">
            {t("workspace.participantsHint")}
          </span>
          {groupError(errors, "participants") ? (
            <span className="field-error">{t(groupError(errors, "participants") ?? "")}</span>
          ) : null}
          {options.organisations.map((org) => (
            <CheckField
              key={org.id}
              id={`plan-participant-${org.id}`}
              name="participants"
              value={org.id}
              label={org.name}
              checked={list("participants").includes(org.id)}
            />
          ))}
        </fieldset>
      </fieldset>
      <fieldset id={fieldId("lots")}>
        <legend>{t("plans.fields.lots")}</legend>
        <CheckField
          id={fieldId("isDividedIntoLots")}
          name="isDividedIntoLots"
          label={t("plans.fields.isDividedIntoLots")}
          checked={textOf(values, "isDividedIntoLots") === "on"}
        />
        <span className="field-hint">{t("workspace.lotsHint")}</span>
        {errors.lots ? <span className="field-error">{t(errors.lots)}</span> : null}
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
            <PlanInput
              path={`lots.${row}.estimatedValueEur`}
              inputMode="numeric"
              label={t("workspace.lotValue")}
              values={values}
              error={errors[`lots.${row}.estimatedValueEur`]}
            />
          </fieldset>
        ))}
        <TranslatedInputs
          path="noLotsReason"
          labelKey="plans.fields.noLotsReason"
          values={values}
          errors={errors}
          multiline
        />
      </fieldset>
      <fieldset id={fieldId("sustainability")}>
        <legend>{t("plans.fields.sustainability")}</legend>
        {groupError(errors, "sustainability") ? (
          <span className="field-error">{t(groupError(errors, "sustainability") ?? "")}</span>
        ) : null}
        {options.codeLists.map((codeList) => (
          <fieldset key={codeList.list}>
            <legend>{t(`workspace.codeLists.${codeList.list}`)}</legend>
            {codeList.codes.map((code) => (
              <CheckField
                key={code.code}
                id={`plan-sustainability-${codeList.list}-${code.code}`}
                name="sustainability"
                value={`${codeList.list}/${code.code}`}
                label={code.label}
                checked={list("sustainability").includes(`${codeList.list}/${code.code}`)}
              />
            ))}
          </fieldset>
        ))}
        <CheckField
          id={fieldId("employmentCondition")}
          name="employmentCondition"
          label={t("plans.fields.employmentCondition")}
          checked={textOf(values, "employmentCondition") === "on"}
        />
      </fieldset>
      <fieldset>
        <legend>{t("plans.fields.contact")}</legend>
        <PlanInput
          path="contactName"
          label={t("plans.fields.contactName")}
          values={values}
          error={errors.contactName}
        />
        <PlanInput
          path="contactEmail"
          type="email"
          label={t("plans.fields.contactEmail")}
          values={values}
          error={errors.contactEmail}
        />
        <PlanInput
          path="contactPhone"
          type="tel"
          label={t("plans.fields.contactPhone")}
          values={values}
          error={errors.contactPhone}
        />
      </fieldset>
      <fieldset>
        <legend>{t("workspace.publishLegend")}</legend>
        {select(
          "confidence",
          t("plans.fields.confidence"),
          confidences.map((c) => ({ value: c, label: t(confidenceLabel(c)) })),
        )}
        {needsReason ? (
          <PlanInput
            path="changeReason"
            label={t("plans.fields.changeReason")}
            hint={t("workspace.changeReasonHint")}
            values={values}
            error={errors.changeReason}
            multiline
          />
        ) : null}
      </fieldset>
      <div className="button-row">
        <Button type="submit" name="intent" value="save" id="plan-save">
          {submitLabel}
        </Button>
        <Link to={cancelTo}>{t("workspace.cancel")}</Link>
      </div>
    </Form>
  );
}
