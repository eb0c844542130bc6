import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { ErrorSummary } from "../components/native-form-fields.tsx";
import { RfiAnswerField, savedValues } from "../components/rfi-answer-fields.tsx";
import { RfiPeriod } from "../components/rfi-parts.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { pickText } from "../lib/pick-translation.ts";
import { orRespond } from "../lib/route-errors.ts";
import { loadViewer, requireViewer } from "../modules/accounts/index.server.ts";
import { getRfiPage, saveRfiResponse } from "../modules/dialogue/index.server.ts";
import { answerField, rfiAnswerText, secretField } from "../modules/dialogue/index.ts";
import { type CheckedAttachmentFile, checkAttachmentFile } from "../modules/plans/index.server.ts";
import { maxAttachmentBytes } from "../modules/plans/index.ts";
import type { Route } from "./+types/plan-rfi";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "rfi.title") }];

/**
 * An opened request of a plan: its questions, period and published summary for everyone; for a
 * company's representatives also their company's response form. Nobody else's answers, ever.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const page = await orRespond(() =>
    getRfiPage(context.services.database.db, viewer, params.id, params.rfiId),
  );
  return { ...page, isSignedIn: viewer !== null };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const services = context.services;
  const page = await orRespond(() => getRfiPage(services.database.db, viewer, params.id, params.rfiId));
  if (!page.isCompany) throw data({ code: "forbidden" }, { status: 403 });
  // The body is at most maxAttachmentRequestBytes: the limit in front of this route enforces it.
  const form = await readFormData(request);
  const errors: Record<string, string> = {};
  const files: { questionId: string; file: CheckedAttachmentFile }[] = [];
  for (const question of page.questions.filter((q) => q.kind === "file")) {
    const upload = form.get(answerField(question.id));
    if (!(upload instanceof File) || upload.size === 0) continue;
    if (upload.size > maxAttachmentBytes) {
      errors[answerField(question.id)] = "attachments.errors.tooLarge";
      continue;
    }
    const checked = await checkAttachmentFile({
      name: upload.name,
      bytes: new Uint8Array(await upload.arrayBuffer()),
    });
    if (checked.ok) files.push({ questionId: question.id, file: checked.file });
    else errors[answerField(question.id)] = checked.error;
  }
  const values = (field: string) =>
    form.getAll(field).filter((value): value is string => typeof value === "string");
  const posted: Record<string, string[]> = {};
  for (const question of page.questions) {
    posted[answerField(question.id)] = values(answerField(question.id));
    posted[secretField(question.id)] = values(secretField(question.id));
  }
  if (Object.keys(errors).length > 0) return data({ errors, posted }, { status: 400 });
  const result = await orRespond(() =>
    saveRfiResponse({ services, viewer, rfiId: params.rfiId, values, files, requestId: context.requestId }),
  );
  if (!result.ok)
    return result.error === "closed"
      ? data({ errors: { form: "rfi.errors.closed" }, posted }, { status: 409 })
      : data({ errors: result.errors, posted }, { status: 400 });
  throw redirect(`/${params.lang}/plans/${params.id}/rfi/${params.rfiId}?done=saved`);
}

export default function PlanRfi({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { rfi, questions, own, canRespond, isCompany, responseCount } = loaderData;
  const errors: Record<string, string> = {
    ...(search.get("error") === "tooLarge" && !actionData ? { form: "attachments.errors.tooLarge" } : {}),
    ...(actionData?.errors ?? {}),
  };
  const fieldErrors = Object.fromEntries(Object.entries(errors).filter(([key]) => key !== "form"));
  const posted: Record<string, string[]> | undefined = actionData?.posted;
  const fileUrl = (questionId: string) =>
    own ? `/${locale}/plans/${params.id}/rfi/${params.rfiId}/files/${own.id}/${questionId}` : "";
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/plans/${params.id}`}>{t("rfi.planLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        <TranslatedText value={rfi.title} locale={locale} />
      </Heading>
      <p id="rfi-state">
        {`${t("rfi.stateLabel")}: ${t(`rfi.states.${rfi.state}`)} · `}
        <RfiPeriod locale={locale} opensAt={rfi.opensAt} closesAt={rfi.closesAt} />
        {" · "}
        <span id="rfi-response-count">{t("rfi.responseCount", { count: responseCount })}</span>
      </p>
      {search.get("done") === "saved" && !actionData ? (
        <FormAlert status="neutral" message="rfi.saved" />
      ) : null}
      <FormAlert message={errors.form} />
      {rfi.summary && rfi.summaryPublishedAt ? (
        <section aria-labelledby="rfi-summary-title">
          <Heading variant="h2" id="rfi-summary-title" mt="m" mb="s">
            {t("rfi.summaryTitle")}
          </Heading>
          <p className="muted">
            {t("rfi.summaryPublished", { time: formatDate(locale, new Date(rfi.summaryPublishedAt)) })}
          </p>
          <p className="wrap" id="rfi-summary">
            <TranslatedText value={rfi.summary} locale={locale} />
          </p>
        </section>
      ) : null}
      {rfi.intro.fi || rfi.intro.sv || rfi.intro.en ? (
        <p className="wrap">
          <TranslatedText value={rfi.intro} locale={locale} />
        </p>
      ) : null}
      <Paragraph mb="m">{t("rfi.privacyNote")}</Paragraph>
      {rfi.state === "open" && !isCompany ? (
        <Paragraph mb="m">{t(loaderData.isSignedIn ? "rfi.companiesOnly" : "rfi.signInToRespond")}</Paragraph>
      ) : null}
      {own ? (
        <p id="rfi-last-saved">
          {t("rfi.lastSaved", {
            name: own.lastEditor ?? "–",
            time: formatDate(locale, new Date(own.updatedAt), true),
          })}
        </p>
      ) : null}
      {canRespond ? (
        <Form
          method="post"
          encType="multipart/form-data"
          className="form-stack"
          noValidate
          aria-labelledby="rfi-respond-title"
        >
          <Heading variant="h2" id="rfi-respond-title" mt="l" mb="s">
            {t("rfi.respondTitle")}
          </Heading>
          <Paragraph>{t("rfi.respondIntro")}</Paragraph>
          <ErrorSummary
            id="rfi-response-errors"
            errors={fieldErrors}
            idOf={(path) => path}
            labelOf={(path) => {
              const index = questions.findIndex((question) => answerField(question.id) === path);
              const question = questions[index];
              return question ? `${index + 1}. ${pickText(question.text, locale)}` : undefined;
            }}
          />
          {questions.map((question, index) => {
            const saved = own?.answers[question.id];
            return (
              <RfiAnswerField
                key={question.id}
                question={question}
                number={index + 1}
                locale={locale}
                values={posted ? (posted[answerField(question.id)] ?? []) : savedValues(saved)}
                isSecret={
                  posted
                    ? (posted[secretField(question.id)] ?? []).includes("on")
                    : Boolean(saved?.isBusinessSecret)
                }
                savedFile={saved?.file ?? null}
                fileUrl={fileUrl(question.id)}
                error={errors[answerField(question.id)]}
              />
            );
          })}
          <div>
            <Button type="submit" id="rfi-save" disabled={busy}>
              {t("rfi.save")}
            </Button>
          </div>
        </Form>
      ) : (
        <section aria-labelledby="rfi-questions-title">
          <Heading variant="h2" id="rfi-questions-title" mt="l" mb="s">
            {t("rfi.questionsTitle")}
          </Heading>
          <ol id="rfi-questions">
            {questions.map((question) => (
              <li key={question.id} className="wrap">
                <TranslatedText value={question.text} locale={locale} />
                <span className="muted">{` (${t(`rfi.kinds.${question.kind}`)})`}</span>
                {own ? (
                  // After closing, the company still reads what it answered (only its own response).
                  <>
                    <br />
                    {own.answers[question.id]?.isBusinessSecret ? `${t("rfi.businessSecretMark")} ` : null}
                    {question.kind === "file" && own.answers[question.id]?.file ? (
                      <a href={fileUrl(question.id)} download>
                        {own.answers[question.id]?.file?.name}
                      </a>
                    ) : (
                      rfiAnswerText(question, own.answers[question.id], locale, t) || t("rfi.noAnswer")
                    )}
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
