import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { statusLabel } from "../modules/plans/index.ts";
import { NativeSelect } from "./native-select.tsx";
import { CheckField, PlanInput } from "./plan-form-fields.tsx";

/** The lifecycle form: only the allowed next stages, with the field each of them needs. */
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
  return (
    <section aria-labelledby="lifecycle-title">
      <Heading variant="h2" id="lifecycle-title" mt="xl" mb="s">
        {t("workspace.lifecycleTitle")}
      </Heading>
      <Paragraph mb="s">{t("workspace.currentStatus", { status: t(statusLabel(status)) })}</Paragraph>
      {transitions.length === 0 ? (
        <Paragraph>{t("workspace.finalStatus")}</Paragraph>
      ) : (
        <Form method="post" className="form-stack" noValidate aria-labelledby="lifecycle-title">
          <input type="hidden" name="intent" value="transition" />
          <NativeSelect
            id="transition-to"
            name="to"
            label={t("workspace.moveTo")}
            hint={t("workspace.transitionHint")}
            defaultValue={values.to}
            error={errors.to}
            options={transitions.map((to) => ({ value: to, label: t(statusLabel(to)) }))}
          />
          {transitions.includes("tender-published") ? (
            <PlanInput
              path="hilmaNotice"
              label={t("plans.fields.hilmaNotice")}
              values={values}
              error={errors.hilmaNotice}
            />
          ) : null}
          {transitions.includes("contract-awarded") ? (
            <PlanInput
              path="contractEnd"
              type="date"
              label={t("plans.fields.contractEnd")}
              values={values}
              error={errors.contractEnd}
            />
          ) : null}
          {transitions.includes("cancelled") ? (
            <PlanInput
              path="reason"
              label={t("plans.fields.cancelReason")}
              values={values}
              error={errors.reason}
              multiline
            />
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
