import { useTranslation } from "react-i18next";
import { data, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { ContactForm } from "../components/contact-form.tsx";
import { ContactList } from "../components/contact-list.tsx";
import { FormAlert } from "../components/form-alert.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseForm } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  canManageDialogue,
  listContactCompanyOptions,
  listContactsForBuyer,
  recordContact,
} from "../modules/dialogue/index.server.ts";
import { contactFormSchema } from "../modules/dialogue/index.ts";
import { canViewPlan, findPlanForDialogue, getPublicPlanDetail } from "../modules/plans/index.server.ts";
import type { Route } from "./+types/workspace-plan-contacts";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "record.contacts.title") },
];

/** The plan's buyer's plan, or 404 (not theirs to see) / 403 (seen but not theirs to run). */
async function managedPlan(context: Route.LoaderArgs["context"], request: Request, lang: string, id: string) {
  const viewer = await requireViewer(context, request, lang);
  const plan = await findPlanForDialogue(context.services.database.db, id);
  if (!plan || !canViewPlan(viewer, plan)) throw data({ code: "not_found" }, { status: 404 });
  if (!canManageDialogue(viewer, plan)) throw data({ code: "forbidden" }, { status: 403 });
  return { viewer, plan };
}

/** The register of pre-market contacts (issue 13 point 6) and the form for a new one. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { viewer, plan } = await managedPlan(context, request, params.lang, params.id);
  const { db } = context.services.database;
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const [contacts, companies, detail] = await Promise.all([
    listContactsForBuyer({ db, viewer, plan, locale }),
    listContactCompanyOptions({ db, viewer, plan, locale }),
    getPublicPlanDetail({ db, locale, viewer, planId: plan.id }),
  ]);
  return { plan: { id: plan.id, title: detail?.title ?? "" }, contacts, companies };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { viewer } = await managedPlan(context, request, params.lang, params.id);
  const parsed = await parseForm(request, contactFormSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await orRespond(() =>
    recordContact({
      services: context.services,
      viewer,
      planId: params.id,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ errors: result.errors, values: {} }, { status: 400 });
  throw redirect(`/${params.lang}/workspace/plans/${params.id}/contacts?saved=1#contact-${result.contactId}`);
}

export default function WorkspacePlanContacts({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { plan, contacts, companies } = loaderData;
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/workspace/plans/${plan.id}/dialogue`}>{t("dialogue.recordBuyerLink")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("record.contacts.title")}
      </Heading>
      <Paragraph mb="s">{plan.title}</Paragraph>
      <Paragraph mb="m">{t("record.contacts.intro")}</Paragraph>
      {search.get("saved") === "1" && !actionData ? (
        <FormAlert status="neutral" message="record.contacts.saved" />
      ) : null}
      {search.get("removed") === "1" && !actionData ? (
        <FormAlert status="neutral" message="record.contacts.removed" />
      ) : null}
      <ContactList
        contacts={contacts}
        locale={locale}
        editBase={`/${locale}/workspace/plans/${plan.id}/contacts`}
      />
      <Heading variant="h2" id="contact-form-title" mt="l" mb="s">
        {t("record.contacts.newTitle")}
      </Heading>
      <ContactForm
        values={actionData?.values ?? {}}
        errors={actionData?.errors ?? {}}
        companies={companies}
        submitLabel={t("record.contacts.add")}
        busy={busy}
      />
    </article>
  );
}
