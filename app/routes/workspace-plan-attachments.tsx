import { useTranslation } from "react-i18next";
import { data, Link, redirect, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { AttachmentTable, toAttachmentView } from "../components/attachment-list.tsx";
import { AttachmentUploadForm } from "../components/attachment-upload-form.tsx";
import { FormAlert } from "../components/form-alert.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseFormData, readFormData } from "../lib/form-data.server.ts";
import { pickText } from "../lib/pick-translation.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { addPlanAttachment, listWorkspaceAttachments } from "../modules/plans/index.server.ts";
import { attachmentFieldsSchema, maxAttachmentBytes, maxAttachmentsPerPlan } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-attachments";

export const meta: Route.MetaFunction = ({ params, loaderData }) => [
  {
    title: `${pickText(loaderData?.plan.title, isLocale(params.lang) ? params.lang : "fi")} – ${pageTitle(params.lang, "attachments.title")}`,
  },
];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const found = await orRespond(() =>
    listWorkspaceAttachments({ services: context.services, viewer, planId: params.id }),
  );
  // Set by the body limit in front of this route (server/http/create-app.ts) for a form posted without
  // JavaScript whose file was far too large to read.
  const tooLarge = new URL(request.url).searchParams.get("error") === "tooLarge";
  return {
    plan: found.plan,
    attachments: found.attachments.map(toAttachmentView),
    canEdit: found.canEdit,
    uploadError: tooLarge ? "attachments.errors.tooLarge" : undefined,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const services = context.services;
  // Refused before the body is read: nobody uploads to a plan they may not edit.
  const found = await orRespond(() => listWorkspaceAttachments({ services, viewer, planId: params.id }));
  if (!found.canEdit) throw data({ code: "forbidden" }, { status: 403 });
  let form: FormData;
  try {
    // The body is at most maxAttachmentRequestBytes: the limit in front of this route enforces it.
    form = await readFormData(request);
  } catch {
    return data({ errors: { file: "attachments.errors.unreadable" }, values: {} }, { status: 400 });
  }
  const fields = parseFormData(form, attachmentFieldsSchema);
  const upload = form.get("file");
  const file =
    upload instanceof File && upload.size > 0
      ? upload.size > maxAttachmentBytes
        ? "tooLarge"
        : { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
      : null;
  const values = fields.ok ? {} : fields.values;
  if (!fields.ok || file === "tooLarge") {
    const errors = {
      ...(fields.ok ? {} : fields.errors),
      ...(file === "tooLarge" ? { file: "attachments.errors.tooLarge" } : {}),
    };
    return data({ errors, values }, { status: 400 });
  }
  const result = await orRespond(() =>
    addPlanAttachment({
      services,
      viewer,
      planId: params.id,
      file,
      fields: fields.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) {
    const raw = Object.fromEntries(
      [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    return data({ errors: result.errors, values: raw }, { status: 400 });
  }
  throw redirect(`/${params.lang}/workspace/plans/${params.id}/attachments?added=1`);
}

export default function WorkspacePlanAttachments({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { plan, attachments, canEdit } = loaderData;
  const base = `/${locale}/workspace/plans/${plan.id}`;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const uploadErrors = loaderData.uploadError && !actionData ? { file: loaderData.uploadError } : errors;
  const notice =
    search.get("added") === "1"
      ? "attachments.added"
      : search.get("removed") === "1"
        ? "attachments.removed"
        : null;
  const full = attachments.length >= maxAttachmentsPerPlan;
  return (
    <>
      <Paragraph mb="s">
        <Link to={base}>{t("attachments.back")}</Link>
      </Paragraph>
      <Heading variant="h1" mb="s">
        {t("attachments.title")}: <TranslatedText value={plan.title} locale={locale} />
      </Heading>
      <Paragraph mb="m">
        {t(plan.visibility === "public" ? "attachments.publicNote" : "attachments.notPublicNote")}
      </Paragraph>
      {notice ? <FormAlert status="neutral" message={notice} /> : null}
      {Object.keys(uploadErrors).length > 0 ? <FormAlert message="attachments.notAdded" /> : null}
      {plan.archived ? <FormAlert status="warning" message="workspace.archived" /> : null}
      {!canEdit && !plan.archived ? <Paragraph mb="m">{t("workspace.readOnly")}</Paragraph> : null}
      {attachments.length === 0 ? (
        <Paragraph mb="m">{t("attachments.none")}</Paragraph>
      ) : (
        <AttachmentTable
          attachments={attachments}
          locale={locale}
          caption={t("attachments.tableCaption", { count: attachments.length, max: maxAttachmentsPerPlan })}
          hrefOf={(attachment) => `${base}/attachments/${attachment.id}`}
          removeHrefOf={canEdit ? (attachment) => `${base}/attachments/${attachment.id}/remove` : undefined}
        />
      )}
      {canEdit && full ? (
        <Paragraph mt="m">{t("attachments.limitReached", { count: maxAttachmentsPerPlan })}</Paragraph>
      ) : null}
      {canEdit && !full ? (
        <AttachmentUploadForm locale={locale} errors={uploadErrors} values={actionData?.values ?? {}} />
      ) : null}
    </>
  );
}
