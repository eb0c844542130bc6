import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { FormTextField } from "../components/form-field.tsx";
import { pageTitle } from "../i18n/page-title.ts";
import { parseForm } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { closeOrganisation, describeOrganisationClosing } from "../modules/organisations/index.server.ts";
import { closeOrganisationSchema } from "../modules/organisations/index.ts";
import type { Route } from "./+types/organisation-close";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "closeOrganisation.link") },
];

/** Says what closing the organisation removes and keeps; its administrators only (ADR 029). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  return orRespond(() =>
    describeOrganisationClosing({ services: context.services, viewer, organisationId: params.id }),
  );
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await parseForm(request, closeOrganisationSchema);
  if (!form.ok) return data({ errors: form.errors }, { status: 400 });
  const result = await orRespond(() =>
    closeOrganisation({
      services: context.services,
      viewer,
      organisationId: params.id,
      confirmName: form.data.confirmName,
      requestId: context.requestId,
    }),
  );
  if (result.ok) throw redirect(`/${params.lang}/account?closed=1`);
  return result.error === "closeOrganisation.wrongName"
    ? data({ errors: { confirmName: result.error } as Record<string, string> }, { status: 400 })
    : data({ errors: { form: result.error } as Record<string, string> }, { status: 409 });
}

export default function OrganisationClose({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { organisation, parts, hasPublishedPlans } = loaderData;
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  const labelOf = (table: string) => {
    const key = `closeOrganisation.parts.${table}`;
    return i18n.exists(key) ? t(key) : t("closeOrganisation.parts.other", { table });
  };
  const removed = parts.filter((part) => part.count > 0);
  return (
    <>
      <Heading variant="h1" mb="m">
        {t("closeOrganisation.title", { name: organisation.name })}
      </Heading>
      <Paragraph mb="m">{t("closeOrganisation.intro")}</Paragraph>
      <FormAlert message={errors.form} />
      {hasPublishedPlans ? <FormAlert status="warning" message="closeOrganisation.refusedPublished" /> : null}
      <section aria-labelledby="close-removed-title" className="prose">
        <Heading variant="h2" id="close-removed-title" mb="s" mt="l">
          {t("closeOrganisation.removedTitle")}
        </Heading>
        <Paragraph mb="s">{t("closeOrganisation.removedIntro")}</Paragraph>
        <ul id="close-removed">
          {removed.map((part) => (
            <li key={part.table}>
              {t("closeOrganisation.count", { label: labelOf(part.table), count: part.count })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="close-kept-title" className="prose">
        <Heading variant="h2" id="close-kept-title" mb="s" mt="l">
          {t("closeOrganisation.keptTitle")}
        </Heading>
        <ul id="close-kept">
          <li>{t("closeOrganisation.kept.audit")}</li>
          <li>{t("closeOrganisation.kept.mails")}</li>
          <li>{t("closeOrganisation.kept.accounts")}</li>
          <li>{t("closeOrganisation.kept.plans")}</li>
        </ul>
      </section>
      {hasPublishedPlans ? null : (
        <Form
          method="post"
          className="form-stack danger-zone"
          noValidate
          aria-labelledby="close-removed-title"
        >
          <FormTextField
            id="close-confirm-name"
            name="confirmName"
            label={t("closeOrganisation.confirmName")}
            autoComplete="off"
            error={errors.confirmName}
          />
          <div className="button-row">
            <Button type="submit" id="close-submit" variant="secondary" disabled={busy}>
              {t("closeOrganisation.submit")}
            </Button>{" "}
            <Link to={`/${params.lang}/organisations/${organisation.id}`}>
              {t("closeOrganisation.cancel")}
            </Link>
          </div>
        </Form>
      )}
    </>
  );
}
