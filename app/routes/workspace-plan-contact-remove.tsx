import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { canManageDialogue, getContactForBuyer, removeContact } from "../modules/dialogue/index.server.ts";
import { canViewPlan, findPlanForDialogue } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/workspace-plan-contact-remove";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "record.contacts.removeTitle") },
];

async function managedContact(
  context: Route.LoaderArgs["context"],
  request: Request,
  params: Route.LoaderArgs["params"],
) {
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  const plan = await findPlanForDialogue(db, params.id);
  if (!plan || !canViewPlan(viewer, plan)) throw data({ code: "not_found" }, { status: 404 });
  if (!canManageDialogue(viewer, plan)) throw data({ code: "forbidden" }, { status: 403 });
  const contact = await orRespond(() =>
    getContactForBuyer({
      db,
      viewer,
      plan,
      contactId: params.contactId,
      locale: isLocale(params.lang) ? params.lang : "fi",
    }),
  );
  return { viewer, contact };
}

/** The confirmation step before a contact is removed: a page of its own, so it works without JavaScript. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { contact } = await managedContact(context, request, params);
  return { contact: { kind: contact.kind, occurredAt: contact.occurredAt.toISOString() } };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { viewer } = await managedContact(context, request, params);
  await orRespond(() =>
    removeContact({
      services: context.services,
      viewer,
      contactId: params.contactId,
      requestId: context.requestId,
    }),
  );
  throw redirect(`/${params.lang}/workspace/plans/${params.id}/contacts?removed=1`);
}

export default function RemoveContact({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { contact } = loaderData;
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("record.contacts.removeTitle")}
      </Heading>
      <Paragraph mb="m">
        {t("record.contacts.removeText", {
          kind: t(`record.kinds.${contact.kind}`),
          date: formatDate(locale, new Date(contact.occurredAt), true),
        })}
      </Paragraph>
      <Form method="post" className="form-stack danger-zone">
        <div className="button-row">
          <Button type="submit" id="contact-remove-submit">
            {t("record.contacts.removeConfirm")}
          </Button>{" "}
          <Link to={`/${locale}/workspace/plans/${params.id}/contacts`}>
            {t("record.contacts.removeCancel")}
          </Link>
        </div>
      </Form>
    </>
  );
}
