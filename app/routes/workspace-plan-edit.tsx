import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { Heading } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { PlanForm } from "../components/plan-form.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { AppError } from "../lib/app-error.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer, type Viewer } from "../modules/accounts/index.server.ts";
import { getWorkspacePlan, loadPlanFormOptions, submitPlanForm } from "../modules/plans/index.server.ts";
import { planFormIntents, planToFormValues } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-edit";

/** The plan form's buttons (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: planFormIntents };

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "workspace.editTitle") },
];

/** The plan, when this person may edit it. */
function editablePlan(context: Route.LoaderArgs["context"], viewer: Viewer, planId: string) {
  return orRespond(async () => {
    const found = await getWorkspacePlan({ services: context.services, viewer, planId });
    if (!found.canEdit) throw new AppError("forbidden");
    return found.plan;
  });
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const plan = await editablePlan(context, viewer, params.id);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const options = await loadPlanFormOptions(context.services.database.db, locale, plan.organisationId);
  return {
    options,
    values: planToFormValues(plan),
    title: plan.title,
    isPublic: plan.visibility === "public",
    isArchived: plan.archivedAt !== null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const plan = await editablePlan(context, viewer, params.id);
  const outcome = await orRespond(async () =>
    submitPlanForm({
      services: context.services,
      viewer,
      formData: await readFormData(request),
      organisationId: plan.organisationId,
      planId: plan.id,
      locale: isLocale(params.lang) ? params.lang : "fi",
      requestId: context.requestId,
    }),
  );
  if ("saved" in outcome) throw redirect(`/${params.lang}/workspace/plans/${outcome.saved}?saved=1`);
  const status = outcome.refused ? 409 : Object.keys(outcome.errors).length > 0 ? 400 : 200;
  return data(outcome, { status });
}

export default function WorkspacePlanEdit({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  return (
    <>
      <Heading variant="h1" mb="m">
        {t("workspace.editTitle")}: <TranslatedText value={loaderData.title} locale={locale} />
      </Heading>
      <FormAlert
        message={actionData?.refused ?? (loaderData.isArchived ? "plans.errors.archived" : undefined)}
      />
      <PlanForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? {}}
        cpvResults={actionData?.cpvResults ?? null}
        options={loaderData.options}
        needsReason={loaderData.isPublic}
        submitLabel={t("workspace.save")}
        cancelTo={`/${params.lang}/workspace/plans/${params.id}`}
      />
    </>
  );
}
