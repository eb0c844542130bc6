import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { CheckboxField, ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  askQuestion,
  canTakePartInDialogue,
  getPlanQuestionsView,
} from "../modules/dialogue/index.server.ts";
import { askQuestionSchema, maxQuestionLength } from "../modules/dialogue/index.ts";
import { canViewPlan, findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/plan-question-new";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "questions.newTitle") },
];

/** A company's representative asks about a public plan; others are refused (403) or sent to log in. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const state = await findPlanForDialogue(db, params.id);
  if (!state || !canViewPlan(viewer, state)) throw data(null, { status: 404 });
  const view = await getPlanQuestionsView({ db, viewer, plan: state, locale });
  if (!view.canAsk && !view.deadlinePassed) throw data(null, { status: 403 });
  const plan = await getPublicPlanDetail({ db, locale, viewer, planId: params.id });
  return { plan: { id: params.id, title: plan?.title ?? "" }, closed: view.deadlinePassed };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  // Refused before the form is read, so a refused person learns no more than "refused".
  const state = await findPlanForDialogue(context.services.database.db, params.id);
  if (!state || !canViewPlan(viewer, state)) throw data(null, { status: 404 });
  if (!canTakePartInDialogue(viewer, state)) throw data(null, { status: 403 });
  const raw: Record<string, string> = {};
  for (const [key, value] of (await readFormData(request)).entries())
    if (typeof value === "string") raw[key] = value;
  const parsed = askQuestionSchema.safeParse(raw);
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
  const result = await orRespond(() =>
    askQuestion({
      services: context.services,
      viewer,
      planId: params.id,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ errors: result.errors, values: raw }, { status: 400 });
  throw redirect(`/${params.lang}/plans/${params.id}?question=sent#questions`);
}

const idOf = (path: string) => `question-${path}`;

export default function PlanQuestionNew({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { plan } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/plans/${plan.id}#questions`}>{plan.title}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("questions.newTitle")}
      </Heading>
      {loaderData.closed ? (
        <Paragraph mb="m">{t("questions.errors.closed")}</Paragraph>
      ) : (
        <>
          <Paragraph mb="m">{t("questions.newIntro")}</Paragraph>
          <ErrorSummary
            id="question-errors"
            errors={errors}
            idOf={idOf}
            labelOf={(path) => (path === "question" ? t("questions.fields.question") : undefined)}
          />
          <Form method="post" className="form-stack" noValidate>
            <TextField
              multiline
              id={idOf("question")}
              name="question"
              label={t("questions.fields.question")}
              hint={t("questions.fields.questionHint", { max: maxQuestionLength })}
              error={errors.question}
              defaultValue={values.question}
              maxLength={maxQuestionLength}
              rows={8}
            />
            <CheckboxField
              id={idOf("showCompany")}
              name="showCompany"
              label={t("questions.fields.showCompany")}
              checked={values.showCompany === "on"}
            />
            <div>
              <Button type="submit" id="question-submit" disabled={busy}>
                {t("questions.submit")}
              </Button>
            </div>
          </Form>
        </>
      )}
    </article>
  );
}
