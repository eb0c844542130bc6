import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { DraftBuyerComments } from "../components/draft-buyer-comments.tsx";
import { DraftDocumentForms, draftDocumentError } from "../components/draft-document-forms.tsx";
import { DraftSectionEditor, DraftSectionFields } from "../components/draft-section-editor.tsx";
import { FormAlert } from "../components/form-alert.tsx";
import { CheckboxField, ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  addDraftSection,
  closeDraft,
  editDraftSection,
  getDraftForBuyer,
  moveDraftSection,
  openDraftForComment,
  publishDraftSummary,
  removeDraftSection,
  respondToDraftComment,
} from "../modules/dialogue/index.server.ts";
import {
  draftConfirmSchema,
  draftResponseSchema,
  draftSectionIdSchema,
  draftSectionSchema,
  draftSummarySchema,
  moveDraftSectionSchema,
  nestFormValues,
} from "../modules/dialogue/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-draft";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "drafts.title") }];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = {
  intents: formIntents([
    "add-section",
    "edit-section",
    "remove-section",
    "move-section",
    "open",
    "close",
    "respond",
    "summary",
  ]),
};

/** One draft for the plan's buyers: its sections, every comment with its author, the summary. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const found = await orRespond(() => getDraftForBuyer(context.services.database.db, viewer, params.draftId));
  if (found.draft.planId !== params.id) throw data({ code: "not_found" }, { status: 404 });
  return found;
}

type Intent = (typeof handle.intents.names)[number];
const refused = (
  intent: Intent,
  errors: Record<string, string>,
  values: Record<string, string>,
  status = 400,
) => data({ intent, errors, values }, { status });

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  const intent = readIntent(form, handle.intents).name;
  const services = context.services;
  const found = await orRespond(() => getDraftForBuyer(services.database.db, viewer, params.draftId));
  if (found.draft.planId !== params.id) throw data({ code: "not_found" }, { status: 404 });
  const here = `/${params.lang}/workspace/plans/${params.id}/drafts/${params.draftId}`;
  const common = { services, viewer, draftId: params.draftId, requestId: context.requestId };
  const raw: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") raw[key] = value;
  const done = (flash: string, anchor = "") => {
    throw redirect(`${here}?done=${flash}${anchor}`);
  };
  const failed = (result: { ok: false; error: string }) =>
    refused(intent, { form: `drafts.errors.${result.error}` }, raw, 409);

  if (intent === "add-section" || intent === "edit-section") {
    const parsed = draftSectionSchema.safeParse(nestFormValues(raw));
    const target = intent === "edit-section" ? draftSectionIdSchema.safeParse(raw) : null;
    if (!parsed.success) return refused(intent, planFieldErrors(parsed.error), raw);
    if (target && !target.success) return refused(intent, { form: "validation.invalid" }, raw);
    const result = await orRespond(() =>
      target?.success
        ? editDraftSection({ ...common, sectionId: target.data.sectionId, input: parsed.data })
        : addDraftSection({ ...common, input: parsed.data }),
    );
    if (!result.ok) return failed(result);
    return done(intent === "add-section" ? "sectionAdded" : "sectionSaved", `#section-${result.sectionId}`);
  }
  if (intent === "remove-section") {
    const target = draftSectionIdSchema.safeParse(raw);
    if (!target.success) return refused(intent, { form: "validation.invalid" }, raw);
    if (!draftConfirmSchema.safeParse(raw).success)
      return refused(intent, { confirm: "drafts.errors.confirm" }, raw);
    const result = await orRespond(() => removeDraftSection({ ...common, sectionId: target.data.sectionId }));
    if (!result.ok) return failed(result);
    return done("sectionRemoved", "#draft-sections");
  }
  if (intent === "move-section") {
    const parsed = moveDraftSectionSchema.safeParse(raw);
    if (!parsed.success) return refused(intent, { form: "validation.invalid" }, raw);
    const result = await orRespond(() => moveDraftSection({ ...common, ...parsed.data }));
    if (!result.ok) return failed(result);
    return done("sectionMoved", `#section-${parsed.data.sectionId}`);
  }
  if (intent === "respond") {
    const parsed = draftResponseSchema.safeParse(raw);
    if (!parsed.success) return refused(intent, planFieldErrors(parsed.error), raw);
    const result = await orRespond(() => respondToDraftComment({ ...common, ...parsed.data }));
    if (!result.ok) return refused(intent, result.errors, raw, 409);
    return done("responded", `#comment-${parsed.data.commentId}`);
  }
  if (intent === "summary") {
    const parsed = draftSummarySchema.safeParse(nestFormValues(raw));
    if (!parsed.success) return refused(intent, planFieldErrors(parsed.error), raw);
    const result = await orRespond(() => publishDraftSummary({ ...common, summary: parsed.data.summary }));
    if (!result.ok) return failed(result);
    return done("published");
  }
  // Opening and closing cannot be undone: each asks for a ticked confirmation.
  if (!draftConfirmSchema.safeParse(raw).success)
    return refused(intent, { confirm: "drafts.errors.confirm" }, raw);
  const result = await orRespond(() =>
    intent === "open" ? openDraftForComment(common) : closeDraft(common),
  );
  if (!result.ok) return failed(result);
  return done(intent === "open" ? "opened" : "closed");
}

const flashes: Record<string, string> = {
  created: "drafts.created",
  sectionAdded: "drafts.sectionAdded",
  sectionSaved: "drafts.sectionSaved",
  sectionRemoved: "drafts.sectionRemoved",
  sectionMoved: "drafts.sectionMoved",
  responded: "drafts.responded",
  opened: "drafts.opened",
  closed: "drafts.closed",
  published: "drafts.published",
  documentAttached: "drafts.documentAttached",
  documentRemoved: "drafts.documentRemoved",
};
const summaryLabels = {
  fi: "drafts.fields.summaryFi",
  sv: "drafts.fields.summarySv",
  en: "drafts.fields.summaryEn",
};

export default function WorkspacePlanDraft({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { draft, sections, document } = loaderData;
  const state = {
    intent: actionData?.intent,
    errors: (actionData?.errors ?? {}) as Record<string, string>,
    values: (actionData?.values ?? {}) as Record<string, string>,
  };
  const flash = flashes[search.get("done") ?? ""];
  const confirmError = (intent: string) =>
    state.intent === intent && state.errors.confirm ? (
      <span className="field-error" id={`draft-${intent}-confirm-error`}>
        {t(state.errors.confirm)}
      </span>
    ) : null;
  const summaryId = (path: string) => `draft-${path.replace(".", "-")}`;
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/workspace/plans/${params.id}/drafts`}>{t("drafts.workspaceLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        <TranslatedText value={draft.title} locale={locale} />
      </Heading>
      <p id="draft-state">
        {t("drafts.columns.state")}: {t(`drafts.states.${draft.state}`)} ·{" "}
        {t("drafts.closes", { time: formatDate(locale, new Date(draft.closesAt), true) })}
      </p>
      {flash && !actionData ? <FormAlert status="neutral" message={flash} /> : null}
      {["open", "close", "move-section", "remove-section"].includes(state.intent ?? "") ? (
        <FormAlert message={state.errors.form} />
      ) : null}
      <p className="wrap">
        <TranslatedText value={draft.intro} locale={locale} />
      </p>
      {draft.state !== "closed" ? (
        <Form method="post" className="form-stack danger-zone" noValidate>
          <Paragraph>
            {t(draft.state === "draft" ? "drafts.openHint" : "drafts.fields.confirmClose")}
          </Paragraph>
          <CheckboxField
            id={`draft-${draft.state === "draft" ? "open" : "close"}-confirm`}
            name="confirm"
            label={t(draft.state === "draft" ? "drafts.fields.confirmOpen" : "drafts.fields.confirmClose")}
            checked={false}
          />
          {confirmError(draft.state === "draft" ? "open" : "close")}
          <div>
            <Button
              type="submit"
              name="intent"
              value={draft.state === "draft" ? "open" : "close"}
              id={draft.state === "draft" ? "draft-open" : "draft-close"}
              variant={draft.state === "draft" ? "default" : "secondary"}
              disabled={busy}
            >
              {t(draft.state === "draft" ? "drafts.open" : "drafts.close")}
            </Button>
          </div>
        </Form>
      ) : null}
      <DraftDocumentForms
        action={`/${locale}/workspace/plans/${params.id}/drafts/${params.draftId}/document`}
        documentHref={`/${locale}/plans/${params.id}/drafts/${params.draftId}/document.pdf`}
        document={document}
        canChange={draft.state === "draft"}
        error={draftDocumentError(search.get("documentError"))}
        locale={locale}
        busy={busy}
      />
      <Heading variant="h2" id="draft-sections" mt="l" mb="s">
        {t("drafts.sectionsTitle")}
      </Heading>
      {sections.length === 0 ? <Paragraph>{t("drafts.noSections")}</Paragraph> : null}
      <ol className="plain-list draft-sections">
        {sections.map((section, index) => (
          <li key={section.id} id={`section-${section.id}`}>
            <Heading variant="h3" mt="m" mb="xs">
              {`${section.position}. `}
              <TranslatedText value={section.heading} locale={locale} />
            </Heading>
            <p className="wrap">
              <TranslatedText value={section.body} locale={locale} />
            </p>
            {draft.state === "draft" ? (
              <DraftSectionEditor
                section={section}
                number={section.position}
                isFirst={index === 0}
                isLast={index === sections.length - 1}
                state={state}
                busy={busy}
              />
            ) : (
              <section aria-label={t("drafts.commentsTitle")}>
                <DraftBuyerComments comments={section.comments} locale={locale} state={state} busy={busy} />
              </section>
            )}
          </li>
        ))}
      </ol>
      {draft.state === "draft" ? (
        <Form method="post" className="form-stack" noValidate aria-labelledby="draft-new-section-title">
          <Heading variant="h2" id="draft-new-section-title" mt="l" mb="s">
            {t("drafts.newSectionTitle")}
          </Heading>
          {state.intent === "add-section" ? (
            <ErrorSummary
              id="draft-section-errors"
              errors={state.errors}
              idOf={(path) => `new-${path.replace(".", "-")}`}
            />
          ) : null}
          <DraftSectionFields prefix="new" state={state} />
          <div>
            <Button type="submit" name="intent" value="add-section" id="draft-add-section" disabled={busy}>
              {t("drafts.addSection")}
            </Button>
          </div>
        </Form>
      ) : null}
      {draft.state === "closed" ? (
        <Form method="post" className="form-stack" noValidate aria-labelledby="draft-summary-title">
          <Heading variant="h2" id="draft-summary-title" mt="l" mb="s">
            {t("drafts.summaryTitle")}
          </Heading>
          <Paragraph>{t("drafts.hints.summary")}</Paragraph>
          {state.intent === "summary" ? (
            <ErrorSummary id="draft-summary-errors" errors={state.errors} idOf={summaryId} />
          ) : null}
          {(["fi", "sv", "en"] as const).map((lang) => (
            <TextField
              key={lang}
              multiline
              id={summaryId(`summary.${lang}`)}
              name={`summary.${lang}`}
              label={t(summaryLabels[lang])}
              hint={lang === "fi" ? t("drafts.hints.language") : undefined}
              error={state.intent === "summary" ? state.errors[`summary.${lang}`] : undefined}
              defaultValue={state.values[`summary.${lang}`] ?? draft.summary?.[lang]}
            />
          ))}
          <div>
            <Button type="submit" name="intent" value="summary" id="draft-publish" disabled={busy}>
              {t("drafts.publishSummary")}
            </Button>
          </div>
        </Form>
      ) : null}
    </article>
  );
}
