import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { ErrorSummary } from "../components/native-form-fields.tsx";
import { NativeSelect } from "../components/native-select.tsx";
import { CheckField, fieldId, PlanInput, usePathLabel } from "../components/plan-form-fields.tsx";
import { PublicPlanBody } from "../components/public-plan-body.tsx";
import { InLanguage } from "../components/translated-text.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { AppError } from "../lib/app-error.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer, type Viewer } from "../modules/accounts/index.server.ts";
import { getPublicPlanDetail, getWorkspacePlan, setPlanVisibility } from "../modules/plans/index.server.ts";
import { visibilityLabel } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-publish";

/** Publish (confirmed) and the other visibilities; the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["publish", "visibility"]) };

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "planWork.publishTitle") },
];

/** The plan, when this person may edit it (the publish step is an edit). */
function editablePlan(context: Route.LoaderArgs["context"], viewer: Viewer, planId: string) {
  return orRespond(async () => {
    const found = await getWorkspacePlan({ services: context.services, viewer, planId });
    if (!found.canEdit || found.plan.archivedAt !== null) throw new AppError("forbidden");
    return found.plan;
  });
}

/**
 * The publish step (issue 12 point 12): the plan as its public page will show it, and a confirmed
 * "Publish" button; below, a draft or internal visibility (a public plan needs a reason to leave).
 * Plain forms: works without JavaScript.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const plan = await editablePlan(context, viewer, params.id);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const preview = await getPublicPlanDetail({
    db: context.services.database.db,
    locale,
    viewer,
    planId: params.id,
  });
  if (!preview) throw data(null, { status: 404 });
  return { id: plan.id, visibility: plan.visibility, preview };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  await editablePlan(context, viewer, params.id);
  const form = await readFormData(request);
  const intent = readIntent(form, handle.intents).name;
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  if (intent === "publish" && text("confirm") !== "on")
    return data(
      { intent, errors: { confirm: "planWork.publishConfirmRequired" }, refused: undefined },
      { status: 400 },
    );
  const visibility = intent === "publish" ? "public" : text("to");
  if (visibility !== "public" && visibility !== "draft" && visibility !== "internal")
    return data({ intent, errors: { to: "validation.invalid" }, refused: undefined }, { status: 400 });
  const result = await orRespond(() =>
    setPlanVisibility({
      services: context.services,
      viewer,
      planId: params.id,
      visibility,
      reason: text("changeReason"),
      requestId: context.requestId,
    }),
  );
  if (!result.ok)
    return "refused" in result
      ? data({ intent, errors: {}, refused: result.refused }, { status: 409 })
      : data({ intent, errors: result.errors, refused: undefined }, { status: 400 });
  const notice = intent === "publish" ? "published" : "visibility";
  throw redirect(`/${params.lang}/workspace/plans/${params.id}?${notice}=1`);
}

export default function WorkspacePlanPublish({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const pathLabel = usePathLabel();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { preview, visibility } = loaderData;
  const isPublic = visibility === "public";
  const errors: Record<string, string> = actionData?.errors ?? {};
  const none: Record<string, string> = {};
  const publishErrors = actionData?.intent === "publish" ? errors : none;
  const visibilityErrors = actionData?.intent === "visibility" ? errors : none;
  // Errors of the plan's own fields (it no longer passes the form's rules): fixed in the edit form.
  const planErrors = Object.fromEntries(
    Object.entries(errors).filter(([path]) => !["confirm", "to", "changeReason"].includes(path)),
  );
  const back = `/${locale}/workspace/plans/${loaderData.id}`;
  const others = (["draft", "internal"] as const).filter((option) => option !== visibility);
  return (
    <>
      <Paragraph mb="s">
        <Link to={back}>{t("attachments.back")}</Link>
      </Paragraph>
      <Heading variant="h1" mb="m">
        {isPublic ? t("planWork.visibilityPage") : t("planWork.publishTitle")}:{" "}
        <InLanguage lang={preview.languages.title} locale={locale}>
          {preview.title}
        </InLanguage>
      </Heading>
      <FormAlert message={actionData?.refused} />
      {Object.keys(planErrors).length > 0 ? (
        <>
          <Paragraph mb="s">{t("planWork.fixFirst")}</Paragraph>
          <ErrorSummary id="publish-plan-errors" errors={planErrors} idOf={fieldId} labelOf={pathLabel} />
          <Paragraph mb="m">
            <Link to={`${back}/edit`}>{t("workspace.edit")}</Link>
          </Paragraph>
        </>
      ) : null}
      <Paragraph mb="s">
        {t("plans.fields.visibility")}: {t(visibilityLabel(visibility))}
      </Paragraph>
      {isPublic ? (
        <Paragraph mb="m">
          {t("planWork.alreadyPublic")}{" "}
          <Link to={`/${locale}/plans/${loaderData.id}`}>{t("planWork.publicPage")}</Link>
        </Paragraph>
      ) : (
        <>
          <Paragraph mb="m">{t("planWork.publishIntro")}</Paragraph>
          <section aria-labelledby="publish-preview-title" className="publish-preview">
            <Heading variant="h2" id="publish-preview-title" mt="m" mb="s">
              {t("planWork.previewTitle")}
            </Heading>
            <div className="prose plan-page">
              <p className="publish-preview-title">
                <strong>
                  <InLanguage lang={preview.languages.title} locale={locale}>
                    {preview.title}
                  </InLanguage>
                </strong>
              </p>
              <p>
                {preview.organisation.name} · {t(`plans.statuses.${preview.status}`)}
              </p>
              <PublicPlanBody plan={preview} locale={locale} heading="h3" />
            </div>
          </section>
          <Form method="post" className="form-stack" noValidate aria-labelledby="publish-form-title">
            <Heading variant="h2" id="publish-form-title" mt="l" mb="s">
              {t("planWork.publish")}
            </Heading>
            <input type="hidden" name="intent" value="publish" />
            <ErrorSummary
              id="publish-errors"
              errors={publishErrors.confirm ? { confirm: publishErrors.confirm } : {}}
              idOf={() => "publish-confirm"}
            />
            <CheckField
              id="publish-confirm"
              name="confirm"
              label={t("planWork.publishConfirm")}
              checked={false}
            />
            {publishErrors.confirm ? (
              <span className="field-error" id="publish-confirm-error">
                {t(publishErrors.confirm)}
              </span>
            ) : null}
            <div>
              <Button type="submit" id="publish-submit">
                {t("planWork.publishSubmit")}
              </Button>
            </div>
          </Form>
        </>
      )}
      <Form method="post" className="form-stack" noValidate aria-labelledby="visibility-form-title">
        <Heading variant="h2" id="visibility-form-title" mt="xl" mb="s">
          {t("planWork.otherVisibilityTitle")}
        </Heading>
        <Paragraph>{t("workspace.visibilityHint")}</Paragraph>
        <input type="hidden" name="intent" value="visibility" />
        <NativeSelect
          id="visibility-to"
          name="to"
          label={t("planWork.visibilityTo")}
          defaultValue={others[0]}
          error={visibilityErrors.to}
          options={others.map((option) => ({ value: option, label: t(visibilityLabel(option)) }))}
        />
        {isPublic ? (
          <PlanInput
            path="changeReason"
            label={t("plans.fields.changeReason")}
            hint={t("workspace.changeReasonHint")}
            values={{}}
            error={visibilityErrors.changeReason}
            multiline
          />
        ) : null}
        <div>
          <Button type="submit" id="visibility-submit" variant="secondary">
            {t("planWork.visibilitySubmit")}
          </Button>
        </div>
      </Form>
    </>
  );
}
