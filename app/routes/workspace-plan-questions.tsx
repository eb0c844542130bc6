import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { toHelsinkiDateTimeInput } from "../lib/helsinki-time.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer, type Viewer } from "../modules/accounts/index.server.ts";
import {
  answerQuestion,
  type BuyerQuestion,
  canManageDialogue,
  declineQuestion,
  getQuestionDeadline,
  listQuestionsForBuyer,
  setQuestionDeadline,
} from "../modules/dialogue/index.server.ts";
import {
  answerQuestionSchema,
  declineQuestionSchema,
  maxAnswerLength,
  maxQuestionLength,
  questionDeadlineSchema,
} from "../modules/dialogue/index.ts";
import { canViewPlan, findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-questions";

/** Answer, decline and the deadline; the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["answer", "decline", "deadline"]) };

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "questions.workspaceTitle") },
];

/** The plan, when this person runs its market dialogue (its buyers); 404 or 403 otherwise. */
async function managedPlan(context: Route.LoaderArgs["context"], viewer: Viewer, planId: string) {
  const plan = await findPlanForDialogue(context.services.database.db, planId);
  if (!plan || !canViewPlan(viewer, plan)) throw data(null, { status: 404 });
  if (!canManageDialogue(viewer, plan)) throw data(null, { status: 403 });
  return plan;
}

/** The buyer's questions page of a plan: open questions to answer or decline, the handled ones, the deadline. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const plan = await managedPlan(context, viewer, params.id);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { db } = context.services.database;
  const detail = await getPublicPlanDetail({ db, locale, viewer, planId: params.id });
  const deadline = await getQuestionDeadline(db, plan.id);
  return {
    plan: { id: plan.id, title: detail?.title ?? "", isPublic: plan.visibility === "public" },
    questions: await listQuestionsForBuyer(db, viewer, plan, locale),
    deadline: deadline ? toHelsinkiDateTimeInput(deadline) : "",
  };
}

type ActionAnswer = {
  intent: string;
  questionId: string;
  errors: Record<string, string>;
  values: Record<string, string>;
};

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  await managedPlan(context, viewer, params.id);
  const form = await readFormData(request);
  const intent = readIntent(form, handle.intents).name;
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  const questionId = values.questionId ?? "";
  const refuse = (errors: Record<string, string>) =>
    data<ActionAnswer>({ intent, questionId, errors, values }, { status: 400 });
  const base = `/${params.lang}/workspace/plans/${params.id}/questions`;
  if (intent === "deadline") {
    const parsed = questionDeadlineSchema.safeParse(values);
    if (!parsed.success) return refuse(planFieldErrors(parsed.error));
    await orRespond(() =>
      setQuestionDeadline({
        services: context.services,
        viewer,
        planId: params.id,
        input: parsed.data,
        requestId: context.requestId,
      }),
    );
    throw redirect(`${base}?deadline=1`);
  }
  // The question must be one of this plan's: the commands check it and the viewer's rights.
  const common = {
    services: context.services,
    viewer,
    questionId,
    planId: params.id,
    requestId: context.requestId,
  };
  let result: { ok: true } | { ok: false; errors: Record<string, string> };
  if (intent === "answer") {
    const parsed = answerQuestionSchema.safeParse(values);
    if (!parsed.success) return refuse(planFieldErrors(parsed.error));
    result = await orRespond(() => answerQuestion({ ...common, input: parsed.data }));
  } else {
    const parsed = declineQuestionSchema.safeParse(values);
    if (!parsed.success) return refuse(planFieldErrors(parsed.error));
    result = await orRespond(() => declineQuestion({ ...common, input: parsed.data }));
  }
  if (!result.ok)
    return data<ActionAnswer>(
      { intent, questionId, errors: result.errors, values },
      { status: result.errors.form ? 409 : 400 },
    );
  throw redirect(`${base}?${intent === "answer" ? "answered" : "declined"}=1`);
}

const notices = {
  answered: "questions.answered",
  declined: "questions.declined",
  deadline: "questions.deadlineSaved",
} as const;

export default function WorkspacePlanQuestions({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { plan, questions } = loaderData;
  const notice = (Object.keys(notices) as (keyof typeof notices)[]).find((key) => search.get(key) === "1");
  const open = questions.filter((question) => question.state === "open");
  const handled = questions.filter((question) => question.state !== "open");
  const deadlineErrors = actionData?.intent === "deadline" ? actionData.errors : {};
  return (
    <>
      <Paragraph mb="s">
        <Link to={`/${locale}/workspace/plans/${plan.id}`}>{plan.title}</Link>
      </Paragraph>
      <Heading variant="h1" mb="s">
        {t("questions.workspaceTitle")}
      </Heading>
      {notice && !actionData ? <FormAlert status="neutral" message={notices[notice]} /> : null}
      <Paragraph mb="m">{t("questions.workspaceIntro")}</Paragraph>
      <section aria-labelledby="questions-open-title">
        <Heading variant="h2" id="questions-open-title" mb="s">
          {t("questions.openTitle")}
        </Heading>
        {open.length === 0 ? <Paragraph mb="m">{t("questions.openNone")}</Paragraph> : null}
        <ol className="plain-list question-list">
          {open.map((question) => (
            <OpenQuestion
              key={question.id}
              question={question}
              locale={locale}
              answer={actionData && actionData.questionId === question.id ? actionData : undefined}
            />
          ))}
        </ol>
      </section>
      <section aria-labelledby="questions-deadline-title">
        <Heading variant="h2" id="questions-deadline-title" mt="l" mb="s">
          {t("questions.fields.deadline")}
        </Heading>
        <ErrorSummary
          id="questions-deadline-errors"
          errors={deadlineErrors}
          idOf={() => "questions-deadline"}
        />
        <Form method="post" className="form-stack" noValidate>
          <input type="hidden" name="intent" value="deadline" />
          <TextField
            id="questions-deadline"
            name="deadline"
            type="datetime-local"
            label={t("questions.fields.deadline")}
            hint={t("questions.fields.deadlineHint")}
            error={deadlineErrors.deadline}
            defaultValue={
              actionData?.intent === "deadline" ? actionData.values.deadline : loaderData.deadline
            }
          />
          <div>
            <Button type="submit" id="questions-deadline-submit" variant="secondary">
              {t("questions.saveDeadline")}
            </Button>
          </div>
        </Form>
      </section>
      {handled.length > 0 ? (
        <section aria-labelledby="questions-handled-title">
          <Heading variant="h2" id="questions-handled-title" mt="l" mb="s">
            {t("questions.handledTitle")}
          </Heading>
          <ol className="plain-list question-list">
            {handled.map((question) => (
              <li key={question.id} className="question-item">
                <p className="muted">
                  {t(`questions.states.${question.state}`)} ·{" "}
                  {t("questions.from", {
                    company: question.company ?? "–",
                    person: question.askedBy ?? "–",
                    date: formatDate(locale, new Date(question.createdAt), true),
                  })}
                </p>
                <p className="question-label">{t("questions.question")}</p>
                <p className="wrap">{question.publishedQuestion ?? question.question}</p>
                {question.answer ? (
                  <>
                    <p className="question-label">{t("questions.answer")}</p>
                    <p className="wrap">{question.answer}</p>
                  </>
                ) : null}
                {question.declineReason ? (
                  <p className="wrap">{t("questions.declinedBecause", { reason: question.declineReason })}</p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

/** One open question with its answer form and, folded, the form to decline it. */
function OpenQuestion({
  question,
  locale,
  answer,
}: {
  question: BuyerQuestion;
  locale: "fi" | "sv" | "en";
  answer: ActionAnswer | undefined;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const id = (field: string) => `question-${question.id}-${field}`;
  const errors = answer?.errors ?? {};
  const values = answer?.values ?? {};
  const declining = answer?.intent === "decline";
  return (
    <li className="question-item" id={`question-${question.id}`}>
      <p className="muted">
        {t("questions.from", {
          company: question.company ?? "–",
          person: question.askedBy ?? "–",
          date: formatDate(locale, new Date(question.createdAt), true),
        })}{" "}
        {t(question.showCompany ? "questions.wantsName" : "questions.wantsAnonymous")}
      </p>
      <p className="wrap">{question.question}</p>
      <ErrorSummary
        id={id("errors")}
        errors={errors}
        idOf={(path) => (path === "form" ? id("answer") : id(path))}
        labelOf={(path) => (path === "form" ? undefined : t(`questions.fields.${path}`))}
      />
      <Form method="post" className="form-stack" noValidate>
        <input type="hidden" name="intent" value="answer" />
        <input type="hidden" name="questionId" value={question.id} />
        <TextField
          multiline
          id={id("publishedQuestion")}
          name="publishedQuestion"
          label={t("questions.fields.publishedQuestion")}
          hint={t("questions.fields.publishedQuestionHint")}
          error={declining ? undefined : errors.publishedQuestion}
          defaultValue={declining ? question.question : (values.publishedQuestion ?? question.question)}
          maxLength={maxQuestionLength}
          rows={4}
        />
        <TextField
          multiline
          id={id("answer")}
          name="answer"
          label={t("questions.fields.answer")}
          hint={t("questions.fields.answerHint", { max: maxAnswerLength })}
          error={declining ? undefined : errors.answer}
          defaultValue={declining ? "" : values.answer}
          maxLength={maxAnswerLength}
          rows={6}
        />
        <div>
          <Button type="submit" id={id("publish")} disabled={busy}>
            {t("questions.publish")}
          </Button>
        </div>
      </Form>
      <details className="question-decline" open={declining}>
        <summary>{t("questions.declineSummary")}</summary>
        <Form method="post" className="form-stack" noValidate>
          <input type="hidden" name="intent" value="decline" />
          <input type="hidden" name="questionId" value={question.id} />
          <TextField
            multiline
            id={id("reason")}
            name="reason"
            label={t("questions.fields.reason")}
            hint={t("questions.fields.reasonHint")}
            error={declining ? errors.reason : undefined}
            defaultValue={declining ? values.reason : ""}
            rows={3}
          />
          <div>
            <Button type="submit" id={id("decline")} variant="secondary" disabled={busy}>
              {t("questions.decline")}
            </Button>
          </div>
        </Form>
      </details>
    </li>
  );
}
