import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { createDraft, listDraftsForBuyer } from "../modules/dialogue/index.server.ts";
import { draftFormSchema, nestFormValues } from "../modules/dialogue/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-drafts";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "drafts.title") }];

/** The plan's drafts for comment for its buyers, and the form for a new one. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const drafts = await orRespond(() => listDraftsForBuyer(context.services.database.db, viewer, params.id));
  return { drafts };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const raw: Record<string, string> = {};
  for (const [key, value] of (await readFormData(request)).entries())
    if (typeof value === "string") raw[key] = value;
  // The plan's drafts are its buyers': others are refused before their input is even read.
  await orRespond(() => listDraftsForBuyer(context.services.database.db, viewer, params.id));
  const parsed = draftFormSchema.safeParse(nestFormValues(raw));
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
  const result = await orRespond(() =>
    createDraft({
      services: context.services,
      viewer,
      planId: params.id,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ errors: result.errors, values: raw }, { status: 400 });
  throw redirect(`/${params.lang}/workspace/plans/${params.id}/drafts/${result.draftId}?done=created`);
}

const idOf = (path: string) => `draft-${path.replace(".", "-")}`;

export default function WorkspacePlanDrafts({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const field = (name: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={idOf(name)}
      name={name}
      label={label}
      error={errors[name]}
      defaultValue={values[name]}
      {...extra}
    />
  );
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/workspace/plans/${params.id}`}>{t("drafts.planLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("drafts.title")}
      </Heading>
      <Paragraph mb="m">{t("drafts.workspaceIntro")}</Paragraph>
      {loaderData.drafts.length === 0 ? (
        <Paragraph mb="m">{t("drafts.noDrafts")}</Paragraph>
      ) : (
        // A list, not a table: it reads the same on a 320 px phone (WCAG 1.4.10).
        <ul className="plain-list" id="draft-list">
          {loaderData.drafts.map((draft) => (
            <li key={draft.id}>
              <Link to={`/${locale}/workspace/plans/${params.id}/drafts/${draft.id}`}>
                <TranslatedText value={draft.title} locale={locale} />
              </Link>
              <br />
              {`${t("drafts.columns.state")}: ${t(`drafts.states.${draft.state}`)} · ${t("drafts.columns.comments")}: ${draft.comments} · ${t("drafts.columns.unanswered")}: ${draft.unanswered} · ${t("drafts.columns.closes")}: ${formatDate(locale, new Date(draft.closesAt), true)}`}
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="form-stack" noValidate aria-labelledby="draft-new-title">
        <Heading variant="h2" id="draft-new-title" mt="l" mb="s">
          {t("drafts.newTitle")}
        </Heading>
        <ErrorSummary id="draft-errors" errors={errors} idOf={idOf} />
        {field("title.fi", t("drafts.fields.titleFi"), { hint: t("drafts.hints.language"), maxLength: 200 })}
        {field("title.sv", t("drafts.fields.titleSv"), { maxLength: 200 })}
        {field("title.en", t("drafts.fields.titleEn"), { maxLength: 200 })}
        {field("intro.fi", t("drafts.fields.introFi"), { multiline: true, hint: t("drafts.hints.intro") })}
        {field("intro.sv", t("drafts.fields.introSv"), { multiline: true })}
        {field("intro.en", t("drafts.fields.introEn"), { multiline: true })}
        {field("closesAt", t("drafts.fields.closesAt"), {
          type: "datetime-local",
          hint: t("drafts.hints.time"),
        })}
        <div>
          <Button type="submit" id="draft-create" disabled={busy}>
            {t("drafts.create")}
          </Button>
        </div>
      </Form>
    </article>
  );
}
