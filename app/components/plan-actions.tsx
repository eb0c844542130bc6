import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { statusLabel } from "../modules/plans/index.ts";
import { ErrorSummary } from "./native-form-fields.tsx";
import { NativeSelect } from "./native-select.tsx";
import { CheckField, fieldId, PlanInput } from "./plan-form-fields.tsx";

/** The stages that need a field of their own, and that field. */
const stageFields = {
  "tender-published": "hilmaNotice",
  "contract-awarded": "contractEnd",
  cancelled: "reason",
} as const;
const needKeys = {
  "tender-published": "planWork.stageNeedsNotice",
  "contract-awarded": "planWork.stageNeedsContractEnd",
  cancelled: "planWork.stageNeedsReason",
} as const;
type FieldStage = keyof typeof stageFields;
const isFieldStage = (stage: string): stage is FieldStage => stage in stageFields;

/**
 * The lifecycle form: only the allowed next stages, with the field each of them needs. Each need is
 * told in a whole sentence; every field says which stage it belongs to, so the form works without
 * JavaScript; with it, only the chosen stage's field is shown. Errors are listed above the form and
 * take focus (issue 12 point 6).
 */
export function PlanLifecycleForm({
  status,
  transitions,
  errors,
  values,
}: {
  status: string;
  transitions: string[];
  errors: Record<string, string>;
  values: Record<string, string>;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(values.to ?? transitions[0] ?? "");
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const stageName = (stage: string) => t(statusLabel(stage));
  const fieldStages = transitions.filter(isFieldStage);
  const hasPlanningStage = transitions.some((stage) => !isFieldStage(stage));
  const hidden = (stage: FieldStage) => enhanced && chosen !== stage;
  const idOf = (path: string) => (path === "to" ? "transition-to" : fieldId(path));
  const labelOf = (path: string) =>
    path === "to"
      ? t("workspace.moveTo")
      : path === "hilmaNotice"
        ? t("plans.fields.hilmaNotice")
        : path === "contractEnd"
          ? t("plans.fields.contractEnd")
          : path === "reason"
            ? t("plans.fields.cancelReason")
            : undefined;
  return (
    <section aria-labelledby="lifecycle-title">
      <Heading variant="h2" id="lifecycle-title" mt="xl" mb="s">
        {t("workspace.lifecycleTitle")}
      </Heading>
      <Paragraph mb="s">{t("workspace.currentStatus", { status: t(statusLabel(status)) })}</Paragraph>
      {transitions.length === 0 ? (
        <Paragraph>{t("workspace.finalStatus")}</Paragraph>
      ) : (
        <Form
          method="post"
          className="form-stack"
          noValidate
          aria-labelledby="lifecycle-title"
          id="transition-form"
        >
          <ErrorSummary id="transition-errors" errors={errors} idOf={idOf} labelOf={labelOf} />
          <input type="hidden" name="intent" value="transition" />
          <div className="stage-needs" id="transition-needs">
            <p>{t("planWork.stageIntro")}</p>
            {hasPlanningStage ? <p>{t("planWork.stageNeedsNothing")}</p> : null}
            {fieldStages.map((stage) => (
              <p key={stage}>{t(needKeys[stage])}</p>
            ))}
          </div>
          <NativeSelect
            id="transition-to"
            name="to"
            label={t("workspace.moveTo")}
            defaultValue={values.to}
            error={errors.to}
            options={transitions.map((to) => ({ value: to, label: stageName(to) }))}
            onChange={(event) => setChosen(event.currentTarget.value)}
          />
          {transitions.includes("tender-published") ? (
            <div className="stage-field" data-stage="tender-published" hidden={hidden("tender-published")}>
              <PlanInput
                path="hilmaNotice"
                label={t("plans.fields.hilmaNotice")}
                hint={t("planWork.noticeHint", { status: stageName("tender-published") })}
                values={values}
                error={errors.hilmaNotice}
              />
            </div>
          ) : null}
          {transitions.includes("contract-awarded") ? (
            <div className="stage-field" data-stage="contract-awarded" hidden={hidden("contract-awarded")}>
              <PlanInput
                path="contractEnd"
                type="date"
                label={t("plans.fields.contractEnd")}
                hint={t("planWork.fieldFor", { status: stageName("contract-awarded") })}
                values={values}
                error={errors.contractEnd}
              />
            </div>
          ) : null}
          {transitions.includes("cancelled") ? (
            <div className="stage-field" data-stage="cancelled" hidden={hidden("cancelled")}>
              <PlanInput
                path="reason"
                label={t("plans.fields.cancelReason")}
                hint={t("planWork.fieldFor", { status: stageName("cancelled") })}
                values={values}
                error={errors.reason}
                multiline
              />
            </div>
          ) : null}
          <div>
            <Button type="submit" id="transition-submit">
              {t("workspace.transitionSubmit")}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}

/** Duplicate (a draft copy) and archive (with a required confirmation). */
export function PlanActions({ errors }: { errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-actions-title">
      <Heading variant="h2" id="plan-actions-title" mt="xl" mb="s">
        {t("workspace.otherTitle")}
      </Heading>
      <Form method="post" className="form-stack">
        <input type="hidden" name="intent" value="duplicate" />
        <div>
          <Button type="submit" id="plan-duplicate" variant="secondary">
            {t("workspace.duplicate")}
          </Button>
        </div>
      </Form>
      <Form method="post" className="form-stack danger-zone" noValidate>
        <input type="hidden" name="intent" value="archive" />
        <CheckField
          id="archive-confirm"
          name="confirm"
          label={t("workspace.archiveConfirm")}
          checked={false}
        />
        {errors.confirm ? (
          <span className="field-error" id="archive-confirm-error">
            {t(errors.confirm)}
          </span>
        ) : null}
        <div>
          <Button type="submit" id="plan-archive" variant="secondary">
            {t("workspace.archiveSubmit")}
          </Button>
        </div>
      </Form>
    </section>
  );
}
