import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { FormTextField } from "../components/form-field.tsx";
import { pageTitle } from "../i18n/page-title.ts";
import { parseForm } from "../lib/form-data.server.ts";
import { deleteMyAccount, logOut, requireViewer } from "../modules/accounts/index.server.ts";
import { deleteAccountSchema } from "../modules/accounts/index.ts";
import { loadPersonalDataParts } from "../modules/personal-data.server.ts";
import type { Route } from "./+types/account";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "account.title") }];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  return {
    name: viewer.name,
    email: viewer.email,
    memberships: viewer.memberships,
    isPlatformAdmin: viewer.isPlatformAdmin,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await parseForm(request, deleteAccountSchema);
  if (!form.ok) return data({ errors: form.errors, organisations: [] as string[] }, { status: 400 });
  // Every module's part of the person's data is registered, so deletion erases all of it (ADR 029).
  loadPersonalDataParts();
  const result = await deleteMyAccount({
    services: context.services,
    viewer,
    confirmEmail: form.data.confirmEmail,
    password: form.data.password,
    requestId: context.requestId,
  });
  if (!result.ok) {
    const organisations = result.error === "account.deleteLastAdmin" ? result.organisations : [];
    return data(
      { errors: { form: result.error }, organisations },
      { status: result.error === "account.deleteLastAdmin" ? 409 : 400 },
    );
  }
  const headers = await logOut({ services: context.services, requestHeaders: request.headers });
  throw redirect(`/${params.lang}/?deleted=1`, { headers });
}

export default function Account({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  return (
    <>
      <Heading variant="h1" mb="m">
        {t("account.title")}
      </Heading>
      {search.get("verified") === "1" ? <FormAlert status="neutral" message="account.verified" /> : null}
      {search.get("closed") === "1" ? (
        <FormAlert status="neutral" message="closeOrganisation.closed" />
      ) : null}
      <section aria-labelledby="profile-title" className="prose">
        <Heading variant="h2" id="profile-title" mb="s">
          {t("account.profile")}
        </Heading>
        <dl className="facts">
          <dt>{t("signUp.name")}</dt>
          <dd>{loaderData.name}</dd>
          <dt>{t("fields.email")}</dt>
          <dd>{loaderData.email}</dd>
          {loaderData.isPlatformAdmin ? (
            <>
              <dt>{t("account.platformRole")}</dt>
              <dd>{t("roles.platform-admin")}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="memberships-title" className="prose">
        <Heading variant="h2" id="memberships-title" mb="s" mt="l">
          {t("account.memberships")}
        </Heading>
        {loaderData.memberships.length === 0 ? (
          <Paragraph>{t("account.noMemberships")}</Paragraph>
        ) : (
          <ul>
            {loaderData.memberships.map((m) => (
              <li key={m.organisationId}>
                <Link to={`/${params.lang}/organisations/${m.organisationId}`}>{m.name}</Link> –{" "}
                {t(`roles.${m.role}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="data-title" className="prose">
        <Heading variant="h2" id="data-title" mb="s" mt="l">
          {t("account.yourData")}
        </Heading>
        <Paragraph mb="s">{t("account.exportText")}</Paragraph>
        <Paragraph>
          <a href={`/${params.lang}/account/export`} download>
            {t("account.export")}
          </a>
        </Paragraph>
      </section>
      <section aria-labelledby="delete-title" className="prose danger-zone">
        <Heading variant="h2" id="delete-title" mb="s" mt="l">
          {t("account.deleteTitle")}
        </Heading>
        <Paragraph mb="m">{t("account.deleteText")}</Paragraph>
        <Form method="post" className="form-stack" noValidate>
          <FormAlert message={errors.form} />
          {actionData?.organisations && actionData.organisations.length > 0 ? (
            <ul>
              {actionData.organisations.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          ) : null}
          {actionData?.organisations && actionData.organisations.length > 0 ? (
            <Paragraph>{t("closeOrganisation.lastAdminHint")}</Paragraph>
          ) : null}
          <FormTextField
            id="delete-confirm-email"
            name="confirmEmail"
            type="email"
            label={t("account.deleteConfirmEmail")}
            autoComplete="off"
            error={errors.confirmEmail}
          />
          <FormTextField
            id="delete-password"
            name="password"
            type="password"
            label={t("fields.password")}
            autoComplete="current-password"
            error={errors.password}
          />
          <div>
            <Button type="submit" id="delete-submit" variant="secondary" disabled={busy}>
              {t("account.deleteSubmit")}
            </Button>
          </div>
        </Form>
      </section>
    </>
  );
}
