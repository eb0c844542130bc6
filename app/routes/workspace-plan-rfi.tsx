import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { RfiPeriod } from "../components/rfi-parts.tsx";
import { RfiQuestionForm, RfiTextsForm } from "../components/rfi-question-form.tsx";
import { RfiResponses } from "../components/rfi-responses.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  addRfiQuestion,
  closeRfi,
  getRfiForBuyer,
  moveRfiQuestion,
  openRfi,
  publishRfiSummary,
  type RfiChangeResult,
  removeRfiQuestion,
  updateRfiTexts,
} from "../modules/dialogue/index.server.ts";
import {
  nestFormValues,
  rfiFormSchema,
  rfiOpenSchema,
  rfiQuestionFormSchema,
  rfiSummarySchema,
  toHelsinkiInput,
} from "../modules/dialogue/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-rfi";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "rfi.title") }];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = {
  intents: formIntents(["texts", "add-question", "move", "remove", "open", "close", "summary"]),
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One request for the plan's buyers: the questionnaire (built while a draft), its state, the responses. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const found = await orRespond(() => getRfiForBuyer(context.services.database.db, viewer, params.rfiId));
  if (found.rfi.planId !== params.id) throw data({ code: "not_found" }, { status: 404 });
  return found;
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  const intent = readIntent(form, handle.intents).name;
  const services = context.services;
  const found = await orRespond(() => getRfiForBuyer(services.database.db, viewer, params.rfiId));
  if (found.rfi.planId !== params.id) throw data({ code: "not_found" }, { status: 404 });
  const here = `/${params.lang}/workspace/plans/${params.id}/rfi/${params.rfiId}`;
  const common = { services, viewer, rfiId: params.rfiId, requestId: context.requestId };
  const raw: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") raw[key] = value;
  const refused = (result: Extract<RfiChangeResult, { ok: false }>) =>
    data({ intent, errors: { form: `rfi.errors.${result.error}` }, values: raw }, { status: 409 });
  const invalid = (errors: Record<string, string>) => data({ intent, errors, values: raw }, { status: 400 });
  let result: RfiChangeResult;
  let done: string = intent;
  if (intent === "texts") {
    const parsed = rfiFormSchema.safeParse(nestFormValues(raw));
    if (!parsed.success) return invalid(planFieldErrors(parsed.error));
    result = await orRespond(() => updateRfiTexts({ ...common, input: parsed.data }));
    done = "texts";
  } else if (intent === "add-question") {
    const parsed = rfiQuestionFormSchema.safeParse(nestFormValues(raw));
    if (!parsed.success) return invalid(planFieldErrors(parsed.error));
    result = await orRespond(() => addRfiQuestion({ ...common, input: parsed.data }));
    done = "added";
  } else if (intent === "move" || intent === "remove") {
    const questionId = raw.questionId ?? "";
    const direction = raw.direction === "up" ? "up" : "down";
    if (!uuid.test(questionId)) throw data({ code: "bad_request" }, { status: 400 });
    result = await orRespond(() =>
      intent === "move"
        ? moveRfiQuestion({ ...common, questionId, direction })
        : removeRfiQuestion({ ...common, questionId }),
    );
    done = intent === "move" ? "moved" : "removed";
  } else if (intent === "open") {
    const parsed = rfiOpenSchema.safeParse(raw);
    if (!parsed.success) return invalid(planFieldErrors(parsed.error));
    result = await orRespond(() => openRfi({ ...common, closesAt: parsed.data.closesAt }));
    done = "opened";
  } else if (intent === "close") {
    result = await orRespond(() => closeRfi(common));
    done = "closed";
  } else {
    const parsed = rfiSummarySchema.safeParse(nestFormValues(raw));
    if (!parsed.success) return invalid(planFieldErrors(parsed.error));
    result = await orRespond(() => publishRfiSummary({ ...common, summary: parsed.data.summary }));
    done = "published";
  }
  if (!result.ok) return refused(result);
  throw redirect(`${here}?done=${done}`);
}

const flashes: Record<string, string> = {
  created: "rfi.created",
  texts: "rfi.textsSaved",
  added: "rfi.questionAdded",
  moved: "rfi.questionMoved",
  removed: "rfi.questionRemoved",
  opened: "rfi.opened",
  closed: "rfi.closedDone",
  published: "rfi.published",
};

const summaryLabels = { fi: "rfi.fields.summaryFi", sv: "rfi.fields.summarySv", en: "rfi.fields.summaryEn" };

export default function WorkspacePlanRfi({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { rfi, questions, responses } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const fieldErrors = Object.fromEntries(Object.entries(errors).filter(([key]) => key !== "form"));
  const values: Record<string, string> = actionData?.values ?? {};
  const flash = flashes[search.get("done") ?? ""];
  const removing = questions.find((question) => question.id === search.get("remove"));
  const here = `/${locale}/workspace/plans/${params.id}/rfi/${params.rfiId}`;
  const fieldId = (path: string) => `rfi-${path.replace(".", "-")}`;
  const isDraft = rfi.state === "draft";
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/workspace/plans/${params.id}/rfi`}>{t("rfi.workspaceLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        <TranslatedText value={rfi.title} locale={locale} />
      </Heading>
      <p id="rfi-state">
        {`${t("rfi.stateLabel")}: ${t(`rfi.states.${rfi.state}`)} `}
        <RfiPeriod locale={locale} opensAt={rfi.opensAt} closesAt={rfi.closesAt} />
      </p>
      {flash && !actionData ? <FormAlert status="neutral" message={flash} /> : null}
      <FormAlert message={errors.form} />
      {rfi.intro.fi || rfi.intro.sv || rfi.intro.en ? (
        <p className="wrap">
          <TranslatedText value={rfi.intro} locale={locale} />
        </p>
      ) : null}
      {isDraft ? (
        <RfiTextsForm
          errors={actionData?.intent === "texts" ? fieldErrors : {}}
          values={actionData?.intent === "texts" ? values : null}
          rfi={rfi}
          busy={busy}
        />
      ) : null}
      <Heading variant="h2" mt="l" mb="s">
        {t("rfi.questionsTitle")}
      </Heading>
      {questions.length === 0 ? <Paragraph>{t("rfi.noQuestions")}</Paragraph> : null}
      <ol className="rfi-questions" id="rfi-questions">
        {questions.map((question, index) => (
          <li key={question.id} id={`question-${question.id}`}>
            <span className="wrap">
              <TranslatedText value={question.text} locale={locale} />
            </span>
            <br />
            <span className="muted">
              {t(`rfi.kinds.${question.kind}`)}
              {question.required ? ` · ${t("rfi.fields.required")}` : ""}
              {question.options.length > 0
                ? ` · ${question.options.map((option) => option[locale] ?? option.fi ?? option.sv).join(" / ")}`
                : ""}
            </span>
            {isDraft ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="questionId" value={question.id} />
                <input type="hidden" name="intent" value="move" />
                {index > 0 ? (
                  <Button
                    type="submit"
                    name="direction"
                    value="up"
                    variant="secondary"
                    id={`rfi-up-${question.id}`}
                    aria-label={t("rfi.moveUpNumber", { number: index + 1 })}
                    disabled={busy}
                  >
                    {t("rfi.moveUp")}
                  </Button>
                ) : null}
                {index < questions.length - 1 ? (
                  <Button
                    type="submit"
                    name="direction"
                    value="down"
                    variant="secondary"
                    id={`rfi-down-${question.id}`}
                    aria-label={t("rfi.moveDownNumber", { number: index + 1 })}
                    disabled={busy}
                  >
                    {t("rfi.moveDown")}
                  </Button>
                ) : null}{" "}
                <Link
                  to={`${here}?remove=${question.id}#rfi-confirm-remove`}
                  id={`rfi-remove-${question.id}`}
                >
                  {t("rfi.remove")}
                </Link>
              </Form>
            ) : null}
          </li>
        ))}
      </ol>
      {isDraft && removing ? (
        <Form method="post" className="form-stack confirm-box" id="rfi-confirm-remove">
          <Paragraph>
            {t("rfi.removeConfirm")} <TranslatedText value={removing.text} locale={locale} />
          </Paragraph>
          <input type="hidden" name="questionId" value={removing.id} />
          <div>
            <Button type="submit" name="intent" value="remove" id="rfi-remove-confirm" disabled={busy}>
              {t("rfi.removeYes")}
            </Button>{" "}
            <Link to={here}>{t("rfi.cancel")}</Link>
          </div>
        </Form>
      ) : null}
      {isDraft ? (
        <>
          <RfiQuestionForm
            // A new form after each added question: the browser would otherwise keep what was typed.
            key={questions.length}
            errors={actionData?.intent === "add-question" ? errors : {}}
            values={actionData?.intent === "add-question" ? values : {}}
            busy={busy}
          />
          <Form method="post" className="form-stack" noValidate aria-labelledby="rfi-open-title">
            <Heading variant="h2" id="rfi-open-title" mt="l" mb="s">
              {t("rfi.openTitle")}
            </Heading>
            <Paragraph>{t("rfi.openHint")}</Paragraph>
            {actionData?.intent === "open" ? (
              <ErrorSummary id="rfi-open-errors" errors={fieldErrors} idOf={fieldId} />
            ) : null}
            <TextField
              type="datetime-local"
              id={fieldId("closesAt")}
              name="closesAt"
              label={t("rfi.fields.closesAt")}
              hint={t("rfi.hints.time")}
              error={errors.closesAt}
              defaultValue={values.closesAt ?? toHelsinkiInput(new Date(Date.now() + 14 * 86_400_000))}
            />
            <div>
              <Button type="submit" name="intent" value="open" id="rfi-open" disabled={busy}>
                {t("rfi.open")}
              </Button>
            </div>
          </Form>
        </>
      ) : null}
      {rfi.state === "open" ? (
        <Form method="post" className="form-stack">
          <Paragraph>{t("rfi.closeHint")}</Paragraph>
          <div>
            <Button
              type="submit"
              name="intent"
              value="close"
              variant="secondary"
              id="rfi-close"
              disabled={busy}
            >
              {t("rfi.close")}
            </Button>
          </div>
        </Form>
      ) : null}
      {!isDraft ? (
        <section aria-labelledby="rfi-responses-title">
          <Heading variant="h2" id="rfi-responses-title" mt="l" mb="s">
            {t("rfi.responsesTitle")}
          </Heading>
          <Paragraph>
            {t("rfi.responseCount", { count: responses.length })}
            {responses.length > 0 ? " · " : null}
            {responses.length > 0 ? (
              <a href={`${here}/responses.xlsx`} id="rfi-export" download>
                {t("rfi.export")}
              </a>
            ) : null}
          </Paragraph>
          <RfiResponses
            locale={locale}
            questions={questions}
            responses={responses}
            fileUrl={(responseId, questionId) =>
              `/${locale}/plans/${params.id}/rfi/${params.rfiId}/files/${responseId}/${questionId}`
            }
          />
        </section>
      ) : null}
      {rfi.state === "closed" ? (
        <Form method="post" className="form-stack" noValidate aria-labelledby="rfi-summary-title">
          <Heading variant="h2" id="rfi-summary-title" mt="l" mb="s">
            {t("rfi.summaryTitle")}
          </Heading>
          <Paragraph>{t("rfi.hints.summary")}</Paragraph>
          {actionData?.intent === "summary" ? (
            <ErrorSummary id="rfi-summary-errors" errors={fieldErrors} idOf={fieldId} />
          ) : null}
          {(["fi", "sv", "en"] as const).map((lang) => (
            <TextField
              key={lang}
              multiline
              id={fieldId(`summary.${lang}`)}
              name={`summary.${lang}`}
              label={t(summaryLabels[lang])}
              hint={lang === "fi" ? t("rfi.hints.language") : undefined}
              error={errors[`summary.${lang}`]}
              defaultValue={values[`summary.${lang}`] ?? rfi.summary?.[lang]}
            />
          ))}
          <div>
            <Button type="submit" name="intent" value="summary" id="rfi-publish" disabled={busy}>
              {t("rfi.publishSummary")}
            </Button>
          </div>
        </Form>
      ) : null}
    </article>
  );
}
