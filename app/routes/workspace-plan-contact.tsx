import { useTranslation } from "react-i18next";
import { data, Link, redirect, useNavigation } from "react-router";
import { Heading } from "suomifi-ui-components";
import { ContactForm } from "../components/contact-form.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseForm } from "../lib/form-data.server.ts";
import { toHelsinkiDateTimeInput } from "../lib/helsinki-time.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  canManageDialogue,
  getContactForBuyer,
  listContactCompanyOptions,
  updateContact,
} from "../modules/dialogue/index.server.ts";
import { contactFormSchema } from "../modules/dialogue/index.ts";
import { canViewPlan, findPlanForDialogue } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/workspace-plan-contact";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "record.contacts.editTitle") },
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
  return { viewer, plan, contact };
}

/** One contact of the register, to correct (the plan's buyers). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { viewer, plan, contact } = await managedContact(context, request, params);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const companies = await listContactCompanyOptions({
    db: context.services.database.db,
    viewer,
    plan,
    locale,
  });
  const values: Record<string, string> = {
    kind: contact.kind,
    occurredAt: toHelsinkiDateTimeInput(contact.occurredAt),
    organisationId: contact.organisationId ?? "",
    organisationName: contact.organisationName ?? "",
    ourParticipants: contact.ourParticipants,
    theirParticipants: contact.theirParticipants,
    sharedMaterial: contact.sharedMaterial,
    isSharedMaterialPublic: contact.isSharedMaterialPublic ? "on" : "",
    conflictOfInterest: contact.conflictOfInterest,
    publicSummary: contact.publicSummary ?? "",
  };
  // A company no longer among the plan's is still offered, so saving does not drop it unseen.
  if (contact.organisationId && !companies.some((company) => company.id === contact.organisationId))
    companies.unshift({
      id: contact.organisationId,
      name: contact.organisationName ?? contact.organisationId,
    });
  return { values, companies };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { viewer } = await managedContact(context, request, params);
  const parsed = await parseForm(request, contactFormSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await orRespond(() =>
    updateContact({
      services: context.services,
      viewer,
      contactId: params.contactId,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ errors: result.errors, values: {} }, { status: 400 });
  throw redirect(`/${params.lang}/workspace/plans/${params.id}/contacts?saved=1#contact-${params.contactId}`);
}

export default function WorkspacePlanContact({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/workspace/plans/${params.id}/contacts`}>{t("record.contacts.title")}</Link>
      </p>
      <Heading variant="h1" id="contact-form-title" mb="m">
        {t("record.contacts.editTitle")}
      </Heading>
      <ContactForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? {}}
        companies={loaderData.companies}
        submitLabel={t("record.contacts.save")}
        busy={busy}
      />
    </article>
  );
}
