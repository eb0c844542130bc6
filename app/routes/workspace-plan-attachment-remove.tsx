import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { TranslatedText } from "../components/translated-text.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { listWorkspaceAttachments, removePlanAttachment } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/workspace-plan-attachment-remove";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "attachments.removeTitle") },
];

/** The confirmation step before an attachment is removed: a page of its own, so it works without JavaScript. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const found = await orRespond(() =>
    listWorkspaceAttachments({ services: context.services, viewer, planId: params.id }),
  );
  if (!found.canEdit) throw data({ code: "forbidden" }, { status: 403 });
  const attachment = found.attachments.find((item) => item.id === params.attachmentId);
  if (!attachment) throw data({ code: "not_found" }, { status: 404 });
  return {
    plan: { id: found.plan.id, title: found.plan.title, isPublic: found.plan.visibility === "public" },
    attachment: { id: attachment.id, name: attachment.title ?? attachment.fileName },
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const services = context.services;
  // The workspace's own check first (platform administrators act elsewhere), then the command's.
  await orRespond(() => listWorkspaceAttachments({ services, viewer, planId: params.id }));
  const result = await orRespond(() =>
    removePlanAttachment({
      services,
      viewer,
      planId: params.id,
      attachmentId: params.attachmentId,
      requestId: context.requestId,
    }),
  );
  // Archived meanwhile: the plan's page says that it is archived and can no longer be changed.
  if (!result.ok) throw redirect(`/${params.lang}/workspace/plans/${params.id}`);
  throw redirect(`/${params.lang}/workspace/plans/${params.id}/attachments?removed=1`);
}

export default function RemoveAttachment({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { plan, attachment } = loaderData;
  const back = `/${locale}/workspace/plans/${plan.id}/attachments`;
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("attachments.removeTitle")}
      </Heading>
      <Paragraph mb="s">
        <TranslatedText value={plan.title} locale={locale} />
      </Paragraph>
      <Paragraph mb="m">
        {t(plan.isPublic ? "attachments.removeTextPublic" : "attachments.removeText", {
          name: attachment.name,
        })}
      </Paragraph>
      <Form method="post" className="form-stack danger-zone">
        <div className="button-row">
          <Button type="submit" id="remove-attachment-submit">
            {t("attachments.removeConfirm")}
          </Button>{" "}
          <Link to={back}>{t("attachments.removeCancel")}</Link>
        </div>
      </Form>
    </>
  );
}
