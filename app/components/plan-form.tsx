import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { Button } from "suomifi-ui-components";
import {
  confidenceLabel,
  confidences,
  type OfficialLanguages,
  type PlanFormValues,
  procedureLabel,
  procedures,
} from "../modules/plans/index.ts";
import type { ProcurementThreshold } from "../modules/reference-data/index.ts";
import { NativeSelect } from "./native-select.tsx";
import {
  CheckField,
  ErrorSummary,
  FormSection,
  fieldId,
  groupError,
  PlanInput,
  TranslatedInputs,
  textOf,
  usePlanErrorText,
} from "./plan-form-fields.tsx";
import { LotsSection, SubjectSection } from "./plan-form-sections.tsx";

export type PlanFormProps = {
  values: PlanFormValues;
  errors: Record<string, string>;
  cpvResults: { code: string; label: string; ancestors: { code: string; label: string }[] }[] | null;
  options: {
    codeLists: { list: string; codes: { code: string; label: string }[] }[];
    organisations: { id: string; name: string }[];
    officialLanguages: OfficialLanguages;
    thresholds: ProcurementThreshold[];
  };
  needsReason: boolean;
  submitLabel: string;
  cancelTo: string;
};

const groups = ["participants", "sustainability", "lots", "additionalCpv"];
const translated = ["title", "need", "strategyGoal", "noLotsReason"];
const anchorOf = (path: string) => {
  const group = groups.find((name) => path === name || path.startsWith(`${name}.`));
  if (group && !/^lots\.\d+\./.test(path)) return fieldId(group);
  return fieldId(translated.includes(path) ? `${path}.fi` : path);
};

/** The fields of each section, so a section with an error opens (its fields come first on the page). */
const sections = {
  basics: ["title", "need"],
  subject: ["mainCpv", "additionalCpv", "cpvQuery", "estimatedValueEur", "valueCategory"],
  lots: ["isDividedIntoLots", "lots", "noLotsReason"],
  timeline: [
    "dialogueStart",
    "dialogueEnd",
    "tenderYear",
    "tenderQuarter",
    "tenderMonth",
    "contractStart",
    "contractDurationMonths",
    "optionMonths",
  ],
  procedure: ["procedure", "participants"],
  sustainability: ["strategyGoal", "sustainability", "employmentCondition"],
  contact: ["contactName", "contactEmail", "contactPhone"],
  publish: ["confidence", "visibility", "changeReason"],
} as const;
type Section = keyof typeof sections;

/**
 * The plan form for creating and editing: every field of planInputSchema in collapsible sections
 * (the required ones open), without JavaScript; with it, the lots or the no-lots reason follow the
 * checkbox and the kind hint follows the main CPV code as one types.
 */
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
  const errorText = usePlanErrorText(values);
  const [live, setLive] = useState({
    mainCpv: textOf(values, "mainCpv"),
    valueCategory: textOf(values, "valueCategory"),
    estimatedValueEur: textOf(values, "estimatedValueEur"),
    isDividedIntoLots: textOf(values, "isDividedIntoLots") === "on",
  });
  // Hiding what the checkbox rules out waits for JavaScript: without it both parts stay visible.
  const [isEnhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if (target.name === "isDividedIntoLots")
      setLive((was) => ({ ...was, isDividedIntoLots: target.checked }));
    else if (target.name in live) setLive((was) => ({ ...was, [target.name]: target.value }));
  };
  const isOpen = (section: Section, byDefault = false) =>
    byDefault ||
    Object.keys(errors).some((path) =>
      (sections[section] as readonly string[]).includes(path.split(".")[0] ?? ""),
    );
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
  const languages = options.officialLanguages;
  const languageHint = languages.length === 1 ? languages[0] : "either";
  const errorOf = (path: string) => groupError(errors, path);
  return (
    <Form method="post" className="plan-form" noValidate onChange={onChange}>
      <p className="field-hint">{t("planForm.requiredNote")}</p>
      <ErrorSummary errors={errors} values={values} anchorOf={anchorOf} />
      <FormSection id="plan-section-basics" title={t("workspace.basics")} open>
        <p className="field-hint" id="plan-languages-hint">
          {t(`planForm.languages.${languageHint}`)}
        </p>
        {(["title", "need"] as const).map((field) => (
          <fieldset key={field} className="translated-group" aria-describedby="plan-languages-hint">
            <legend>{t("planForm.required", { field: t(`plans.fields.${field}`) })}</legend>
            <TranslatedInputs
              path={field}
              labelKey={`plans.fields.${field}`}
              values={values}
              errors={errors}
              multiline={field === "need"}
              required={languages}
            />
          </fieldset>
        ))}
      </FormSection>
      <SubjectSection
        values={values}
        errors={errors}
        cpvResults={cpvResults}
        thresholds={options.thresholds}
        live={live}
        open
      />
      <LotsSection
        values={values}
        errors={errors}
        languages={languages}
        isDivided={live.isDividedIntoLots}
        isEnhanced={isEnhanced}
        open
      />
      <FormSection id="plan-section-timeline" title={t("workspace.timelineLegend")} open={isOpen("timeline")}>
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
      </FormSection>
      <FormSection
        id="plan-section-procedure"
        title={t("workspace.procedureLegend")}
        open={isOpen("procedure")}
      >
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
          {errorOf("participants") ? (
            <span className="field-error">{errorText(...(errorOf("participants") as [string, string]))}</span>
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
      </FormSection>
      <FormSection
        id="plan-section-sustainability"
        title={t("planForm.sections.sustainability")}
        open={isOpen("sustainability")}
      >
        <TranslatedInputs
          path="strategyGoal"
          labelKey="plans.fields.strategyGoal"
          values={values}
          errors={errors}
        />
        <div id={fieldId("sustainability")} className="form-stack">
          {errorOf("sustainability") ? (
            <span className="field-error">
              {errorText(...(errorOf("sustainability") as [string, string]))}
            </span>
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
        </div>
      </FormSection>
      <FormSection id="plan-section-contact" title={t("planForm.sections.contact")} open={isOpen("contact")}>
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
      </FormSection>
      <FormSection
        id="plan-section-publish"
        title={t("workspace.publishLegend")}
        open={isOpen("publish", needsReason)}
      >
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
            required
          />
        ) : null}
      </FormSection>
      <div className="button-row">
        <Button type="submit" name="intent" value="save" id="plan-save">
          {submitLabel}
        </Button>
        <Link to={cancelTo}>{t("workspace.cancel")}</Link>
      </div>
    </Form>
  );
}
