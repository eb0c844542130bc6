import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { CheckboxField, ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseForm } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { answerSurvey, getSurveyInvitationState } from "../modules/dialogue/index.server.ts";
import { maxSurveyTextLength, surveyAnswerSchema, surveyBarriers } from "../modules/dialogue/index.ts";
import { getPublicPlanDetail } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/plan-survey";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "record.survey.title") },
];

/**
 * "Why didn't you take part?" (issue 13 point 7): the short anonymous survey for a company invited after
 * a round closed; one answer per company. Companies not invited get a 404.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const state = await getSurveyInvitationState({
    db,
    viewer,
    planId: params.id,
    subjectId: params.subjectId,
  });
  if (!state) throw data({ code: "not_found" }, { status: 404 });
  const detail = await getPublicPlanDetail({ db, locale, viewer, planId: params.id });
  return { state, planTitle: detail?.title ?? null };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const parsed = await parseForm(request, surveyAnswerSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await orRespond(() =>
    answerSurvey({
      services: context.services,
      viewer,
      planId: params.id,
      subjectId: params.subjectId,
      input: parsed.data,
    }),
  );
  if (!result.ok) throw redirect(`/${params.lang}/plans/${params.id}/survey/${params.subjectId}`);
  throw redirect(`/${params.lang}/plans/${params.id}/survey/${params.subjectId}?answered=1`);
}

export default function PlanSurvey({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  return (
    <article className="prose">
      {loaderData.planTitle ? (
        <p>
          <Link to={`/${locale}/plans/${params.id}`}>{loaderData.planTitle}</Link>
        </p>
      ) : null}
      <Heading variant="h1" mb="s">
        {t("record.survey.title")}
      </Heading>
      {loaderData.state === "answered" ? (
        <>
          {search.get("answered") === "1" ? (
            <FormAlert status="neutral" message="record.survey.thanks" />
          ) : null}
          <Paragraph mb="m" id="survey-answered">
            {t("record.survey.alreadyAnswered")}
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph mb="m">{t("record.survey.intro")}</Paragraph>
          <Form method="post" className="form-stack" noValidate>
            <ErrorSummary id="survey-errors" errors={errors} idOf={(path) => `survey-${path}`} />
            <fieldset className="check-group" id="survey-barrier-too-big-group">
              <legend>{t("record.survey.barriersLegend")}</legend>
              {errors["barrier-too-big"] ? (
                <span className="field-error">{t(errors["barrier-too-big"])}</span>
              ) : null}
              {surveyBarriers.map((barrier) => (
                <CheckboxField
                  key={barrier}
                  id={`survey-barrier-${barrier}`}
                  name={`barrier-${barrier}`}
                  label={t(`record.barriers.${barrier}`)}
                  checked={values[`barrier-${barrier}`] === "on"}
                />
              ))}
            </fieldset>
            <TextField
              multiline
              rows={4}
              id="survey-freeText"
              name="freeText"
              label={t("record.survey.freeTextLabel")}
              hint={t("record.survey.freeTextHint", { max: maxSurveyTextLength })}
              maxLength={maxSurveyTextLength}
              error={errors.freeText}
              defaultValue={values.freeText}
            />
            <div>
              <Button type="submit" id="survey-submit" disabled={busy}>
                {t("record.survey.submit")}
              </Button>
            </div>
          </Form>
        </>
      )}
    </article>
  );
}
