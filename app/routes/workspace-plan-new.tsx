import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { Heading } from "suomifi-ui-components";
import { PlanForm } from "../components/plan-form.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { AppError } from "../lib/app-error.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer, type Viewer } from "../modules/accounts/index.server.ts";
import {
  canEditPlansOf,
  canUseWorkspaceOf,
  loadPlanFormOptions,
  submitPlanForm,
} from "../modules/plans/index.server.ts";
import { planFormIntents } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-new";

/** The plan form's buttons (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: planFormIntents };

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "workspace.newPlan") },
];

/** The active organisation, when this person may create plans in its workspace. */
function editableOrganisation(viewer: Viewer): Promise<string> {
  return orRespond(async () => {
    const organisationId = viewer.activeOrganisationId;
    if (
      !organisationId ||
      !canUseWorkspaceOf(viewer, organisationId) ||
      !canEditPlansOf(viewer, organisationId)
    )
      throw new AppError("forbidden");
    return organisationId;
  });
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const organisationId = await editableOrganisation(viewer);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const options = await loadPlanFormOptions(context.services.database.db, locale, organisationId);
  return { options, values: { procedure: "not-decided", confidence: "likely", visibility: "draft" } };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const organisationId = await editableOrganisation(viewer);
  const outcome = await orRespond(async () =>
    submitPlanForm({
      services: context.services,
      viewer,
      formData: await readFormData(request),
      organisationId,
      locale: isLocale(params.lang) ? params.lang : "fi",
      requestId: context.requestId,
    }),
  );
  if ("saved" in outcome) throw redirect(`/${params.lang}/workspace/plans/${outcome.saved}?created=1`);
  return data(outcome, { status: Object.keys(outcome.errors).length > 0 ? 400 : 200 });
}

export default function WorkspacePlanNew({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h1" mb="m">
        {t("workspace.newPlan")}
      </Heading>
      <PlanForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? {}}
        cpvResults={actionData?.cpvResults ?? null}
        options={loaderData.options}
        needsReason={false}
        submitLabel={t("workspace.create")}
        cancelTo={`/${params.lang}/workspace/plans`}
      />
    </>
  );
}
