import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { ErrorSummary, RadioGroup, TextField } from "../components/native-form-fields.tsx";
import { NativeSelect } from "../components/native-select.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { createPartnerRequest, getPartnerRequestForm } from "../modules/partners/index.server.ts";
import {
  maxDescriptionLength,
  partnerDirections,
  partnerKinds,
  partnerRequestSchema,
} from "../modules/partners/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/plan-partner-new";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "partners.newTitle") },
];

/** A company's representative posts a partner request on a public plan. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  return orRespond(() =>
    getPartnerRequestForm({
      db: context.services.database.db,
      viewer,
      planId: params.id,
      locale: isLocale(params.lang) ? params.lang : "fi",
    }),
  );
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const raw: Record<string, string> = {};
  for (const [key, value] of (await readFormData(request)).entries())
    if (typeof value === "string") raw[key] = value;
  const parsed = partnerRequestSchema.safeParse(raw);
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
  const result = await orRespond(() =>
    createPartnerRequest({
      services: context.services,
      viewer,
      planId: params.id,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ errors: result.errors, values: raw }, { status: 400 });
  throw redirect(`/${params.lang}/partners/${result.requestId}?created=1`);
}

const idOf = (path: string) => `partner-${path}`;

export default function PlanPartnerNew({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { plan, lots } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/plans/${plan.id}`}>{plan.title}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("partners.newTitle")}
      </Heading>
      <Paragraph mb="m">{t("partners.newIntro")}</Paragraph>
      <ErrorSummary id="partner-errors" errors={errors} idOf={idOf} />
      <Form method="post" className="form-stack" noValidate>
        <RadioGroup
          id={idOf("direction")}
          name="direction"
          legend={t("partners.fields.direction")}
          options={partnerDirections.map((value) => ({ value, label: t(`partners.directions.${value}`) }))}
          value={values.direction}
          error={errors.direction}
        />
        <RadioGroup
          id={idOf("kind")}
          name="kind"
          legend={t("partners.fields.kind")}
          options={partnerKinds.map((value) => ({ value, label: t(`partners.kindNames.${value}`) }))}
          value={values.kind}
          error={errors.kind}
        />
        {lots.length > 0 ? (
          <NativeSelect
            id={idOf("lotNumber")}
            name="lotNumber"
            label={t("partners.fields.lot")}
            options={[
              { value: "", label: t("partners.wholePlan") },
              ...lots.map((lot) => ({
                value: String(lot.number),
                label: `${t("forwardPlan.lotNumber", { number: lot.number })}: ${lot.title}`,
              })),
            ]}
            defaultValue={values.lotNumber ?? ""}
            error={errors.lotNumber}
          />
        ) : null}
        <TextField
          multiline
          id={idOf("description")}
          name="description"
          label={t("partners.fields.description")}
          hint={t("partners.descriptionHint", { max: maxDescriptionLength })}
          error={errors.description}
          defaultValue={values.description}
          maxLength={maxDescriptionLength}
          rows={8}
        />
        <div>
          <Button type="submit" id="partner-submit" disabled={busy}>
            {t("partners.publish")}
          </Button>
        </div>
      </Form>
    </article>
  );
}
