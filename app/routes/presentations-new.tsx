import { useTranslation } from "react-i18next";
import { data, Link, redirect } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { PresentationForm } from "../components/presentation-form.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import {
  listRecipientOptions,
  presentingCompanyOf,
  sendPresentation,
  type UploadedFile,
} from "../modules/presentations/index.server.ts";
import {
  maxPresentationFileBytes,
  maxPresentationsPerDay,
  presentationFormToInput,
  presentationSchema,
  readPresentationForm,
} from "../modules/presentations/index.ts";
import type { Route } from "./+types/presentations-new";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "presentations.newTitle") },
];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  if (!presentingCompanyOf(viewer)) throw data({ code: "forbidden" }, { status: 403 });
  const url = new URL(request.url);
  return {
    recipients: await listRecipientOptions(
      context.services.database.db,
      isLocale(params.lang) ? params.lang : "fi",
    ),
    // Set by the body limit in front of this route (server/http/create-app.ts) for a form posted without
    // JavaScript whose files were far too large to read.
    uploadError:
      url.searchParams.get("error") === "tooLarge" ? "presentations.errors.filesTooLarge" : undefined,
    // A plan page can link here with its id.
    plan: url.searchParams.get("plan") ?? "",
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const companyId = presentingCompanyOf(viewer);
  // Refused before the body is read.
  if (!companyId) throw data({ code: "forbidden" }, { status: 403 });
  let form: FormData;
  try {
    form = await readFormData(request);
  } catch {
    return data({ errors: { form: "presentations.errors.unreadable" }, values: {} }, { status: 400 });
  }
  const values = readPresentationForm(form.entries());
  const uploads = form.getAll("files").filter((file): file is File => file instanceof File && file.size > 0);
  if (uploads.some((file) => file.size > maxPresentationFileBytes))
    return data({ errors: { files: "presentations.errors.fileTooLarge" }, values }, { status: 400 });
  const parsed = presentationSchema.safeParse(presentationFormToInput(values));
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values }, { status: 400 });
  const files: UploadedFile[] = await Promise.all(
    uploads.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  const result = await orRespond(() =>
    sendPresentation({
      services: context.services,
      viewer,
      companyId,
      input: parsed.data,
      files,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ errors: result.errors, values }, { status: result.rateLimited ? 429 : 400 });
  throw redirect(`/${params.lang}/presentations/${result.presentationId}?sent=1`);
}

export default function PresentationsNew({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const errors: Record<string, string> =
    actionData?.errors ?? (loaderData.uploadError ? { files: loaderData.uploadError } : {});
  return (
    <>
      <p>
        <Link to={`/${locale}/presentations`}>{t("presentations.detail.back")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("presentations.newTitle")}
      </Heading>
      {Object.keys(errors).length > 0 ? <Paragraph mb="s">{t("presentations.notSent")}</Paragraph> : null}
      <Paragraph mb="m">{t("presentations.newIntro", { count: maxPresentationsPerDay })}</Paragraph>
      <PresentationForm
        locale={locale}
        values={actionData?.values ?? { planId: loaderData.plan, recipients: [] }}
        errors={errors}
        recipients={loaderData.recipients}
      />
    </>
  );
}
