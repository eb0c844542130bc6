import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { DraftDocumentLink } from "../components/draft-document-forms.tsx";
import { FormAlert } from "../components/form-alert.tsx";
import { TextField } from "../components/native-form-fields.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { loadViewer, requireViewer } from "../modules/accounts/index.server.ts";
import { commentOnDraft, getDraftPage } from "../modules/dialogue/index.server.ts";
import { draftCommentSchema, maxDraftCommentLength } from "../modules/dialogue/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/plan-draft";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "drafts.title") }];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["comment"], { fallback: "comment" }) };

/**
 * A draft opened for comment on a plan: its sections with the comments the buyer has responded to
 * (without who wrote them), the summary, and for a company's representative its own comments and a
 * comment form per section while the period is open.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const page = await orRespond(() =>
    getDraftPage(context.services.database.db, viewer, params.id, params.draftId),
  );
  return { ...page, isSignedIn: viewer !== null };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  readIntent(form, handle.intents);
  const raw: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") raw[key] = value;
  await orRespond(() => getDraftPage(context.services.database.db, viewer, params.id, params.draftId));
  const parsed = draftCommentSchema.safeParse(raw);
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
  const result = await orRespond(() =>
    commentOnDraft({
      services: context.services,
      viewer,
      draftId: params.draftId,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ errors: result.errors, values: raw }, { status: 409 });
  throw redirect(`/${params.lang}/plans/${params.id}/drafts/${params.draftId}?done=commented#own-comments`);
}

export default function PlanDraft({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { draft, ownComments, canComment, isCompany } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const time = (value: Date | string) => formatDate(locale, new Date(value), true);
  const headingOf = (sectionId: string) => draft.sections.find((section) => section.id === sectionId);
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/plans/${params.id}`}>{t("drafts.planLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        <TranslatedText value={draft.title} locale={locale} />
      </Heading>
      <p id="draft-state">
        {draft.state === "open" && new Date(draft.closesAt).getTime() > Date.now()
          ? t("drafts.closes", { time: time(draft.closesAt) })
          : t("drafts.periodEnded", { time: time(draft.closedAt ?? draft.closesAt) })}
      </p>
      {search.get("done") === "commented" && !actionData ? (
        <FormAlert status="neutral" message="drafts.commented" />
      ) : null}
      {/* The period may have ended while the comment was written: the forms are gone, so say it here. */}
      {canComment ? null : <FormAlert message={errors.body ?? errors.sectionId} />}
      <Paragraph mb="m">{t("drafts.publicIntro")}</Paragraph>
      <p className="wrap">
        <TranslatedText value={draft.intro} locale={locale} />
      </p>
      {draft.document ? (
        <DraftDocumentLink
          href={`/${locale}/plans/${params.id}/drafts/${params.draftId}/document.pdf`}
          document={draft.document}
          locale={locale}
        />
      ) : null}
      {draft.summary && draft.summaryPublishedAt ? (
        <section aria-labelledby="draft-summary-title" id="draft-summary">
          <Heading variant="h2" id="draft-summary-title" mt="m" mb="s">
            {t("drafts.summaryTitle")}
          </Heading>
          <p className="muted">{t("drafts.summaryPublished", { time: time(draft.summaryPublishedAt) })}</p>
          <p className="wrap">
            <TranslatedText value={draft.summary} locale={locale} />
          </p>
        </section>
      ) : null}
      {draft.state === "open" && !isCompany ? (
        <Paragraph mb="m">
          {t(loaderData.isSignedIn ? "drafts.companiesOnly" : "drafts.signInToComment")}
        </Paragraph>
      ) : null}
      {ownComments.length > 0 ? (
        <section aria-labelledby="own-comments-title" id="own-comments">
          <Heading variant="h2" id="own-comments-title" mt="l" mb="s">
            {t("drafts.ownTitle")}
          </Heading>
          <ul className="plain-list">
            {ownComments.map((comment) => {
              const section = headingOf(comment.sectionId);
              return (
                <li key={comment.id}>
                  <p className="muted">
                    {section ? `${section.position}. ` : null}
                    {section ? <TranslatedText value={section.heading} locale={locale} /> : null}
                    {` · ${time(comment.createdAt)} · ${comment.response === null ? t("drafts.pending") : t("drafts.answered")}`}
                  </p>
                  <p className="wrap">{comment.body}</p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <Heading variant="h2" mt="l" mb="s">
        {t("drafts.sectionsTitle")}
      </Heading>
      <ol className="plain-list draft-sections" id="draft-sections">
        {draft.sections.map((section) => {
          const posted = values.sectionId === section.id;
          return (
            <li key={section.id} id={`section-${section.id}`}>
              <Heading variant="h3" mt="m" mb="xs">
                {`${section.position}. `}
                <TranslatedText value={section.heading} locale={locale} />
              </Heading>
              <p className="wrap">
                <TranslatedText value={section.body} locale={locale} />
              </p>
              {section.comments.length > 0 ? (
                <ul className="plain-list draft-comments" aria-label={t("drafts.commentsTitle")}>
                  {section.comments.map((comment) => (
                    <li key={comment.id} id={`comment-${comment.id}`}>
                      <strong>{t("drafts.commentLabel")}</strong>
                      <p className="wrap">{comment.body}</p>
                      <div className="draft-response">
                        <strong>{t("drafts.responseLabel")}</strong>
                        <p className="wrap">{comment.response}</p>
                        <p className="muted">
                          {t("drafts.respondedOn", { time: time(comment.respondedAt) })}
                        </p>
                      </div>
                    </li>
                  ))}
                </ul>
              ) : null}
              {canComment ? (
                <Form method="post" className="form-stack" noValidate>
                  <input type="hidden" name="sectionId" value={section.id} />
                  <TextField
                    multiline
                    rows={4}
                    id={`draft-comment-${section.id}`}
                    name="body"
                    label={t("drafts.commentOn", { number: section.position })}
                    hint={t("drafts.hints.comment")}
                    maxLength={maxDraftCommentLength}
                    error={posted ? (errors.body ?? errors.sectionId) : undefined}
                    defaultValue={posted ? values.body : undefined}
                  />
                  <div>
                    <Button
                      type="submit"
                      name="intent"
                      value="comment"
                      id={`draft-comment-send-${section.id}`}
                      disabled={busy}
                    >
                      {t("drafts.commentSubmit")}
                    </Button>
                  </div>
                </Form>
              ) : null}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
