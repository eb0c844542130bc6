import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { FormTextField } from "../components/form-field.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseFormData, readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/route-viewer.server.ts";
import { createApiTokenFormSchema, revokeApiTokenFormSchema } from "../modules/open-data/api-token-forms.ts";
import { assertCanManageApiTokens } from "../modules/open-data/api-token-policy.server.ts";
import { createApiToken } from "../modules/open-data/create-api-token.server.ts";
import { listApiTokens } from "../modules/open-data/list-api-tokens.server.ts";
import { revokeApiToken } from "../modules/open-data/revoke-api-token.server.ts";
import { getOrganisation } from "../modules/organisations/queries.server.ts";
import type { Route } from "./+types/organisation-api-tokens";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "apiTokens.title") },
];

// The new token is in the answer to the create form: no cache may keep it.
export const headers: Route.HeadersFunction = () => ({ "Cache-Control": "no-store" });

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const organisation = await orRespond(() =>
    getOrganisation({ services: context.services, organisationId: params.id }),
  );
  const tokens = await orRespond(() =>
    listApiTokens({ services: context.services, viewer, organisationId: params.id }),
  );
  // The confirmation step of revoking is a page state (?revoke=<id>), so it works without JavaScript.
  const revokeId = new URL(request.url).searchParams.get("revoke");
  const confirming = tokens.find((token) => token.id === revokeId && token.revokedAt === null) ?? null;
  return {
    organisation: { id: organisation.id, name: organisation.name },
    tokens: tokens.map((token) => ({
      id: token.id,
      name: token.name,
      createdAt: token.createdAt.toISOString(),
      createdByName: token.createdByName,
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
      revokedAt: token.revokedAt?.toISOString() ?? null,
    })),
    confirming: confirming ? { id: confirming.id, name: confirming.name } : null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const services = context.services;
  // Refused before the form is read, so nobody learns more than "refused".
  await orRespond(() => assertCanManageApiTokens(services.database.db, viewer, params.id));
  const formData = await readFormData(request);
  if (formData.get("intent") === "revoke") {
    const form = parseFormData(formData, revokeApiTokenFormSchema);
    if (!form.ok) throw data({ code: "bad_request" }, { status: 400 });
    await orRespond(() =>
      revokeApiToken({
        services,
        viewer,
        tokenId: form.data.tokenId,
        organisationId: params.id,
        requestId: context.requestId,
      }),
    );
    throw redirect(`/${params.lang}/organisations/${params.id}/api-tokens?revoked=1`);
  }
  const form = parseFormData(formData, createApiTokenFormSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values, created: null }, { status: 400 });
  const { token } = await orRespond(() =>
    createApiToken({
      services,
      viewer,
      organisationId: params.id,
      name: form.data.name,
      requestId: context.requestId,
    }),
  );
  return { errors: {}, values: {}, created: { name: form.data.name, token } };
}

export default function OrganisationApiTokens({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { organisation, tokens, confirming } = loaderData;
  const basePath = `/${params.lang}/organisations/${organisation.id}/api-tokens`;
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  const values: Record<string, string | undefined> = actionData?.values ?? {};
  const created = actionData?.created ?? null;
  const date = (value: string) => formatDate(locale, new Date(value), true);
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("apiTokens.title")}
      </Heading>
      <Paragraph mb="s">
        <Link to={`/${params.lang}/organisations/${organisation.id}`}>{organisation.name}</Link>
      </Paragraph>
      <Paragraph mb="s">{t("apiTokens.intro")}</Paragraph>
      <Paragraph mb="m">
        <Link to={`/${params.lang}/api#api-write`}>{t("apiTokens.docsLink")}</Link>
      </Paragraph>
      {search.get("revoked") === "1" ? <FormAlert status="neutral" message="apiTokens.revoked" /> : null}

      {created ? (
        <section aria-labelledby="api-token-created-title" className="prose">
          <Heading variant="h2" id="api-token-created-title" mb="s">
            {t("apiTokens.createdTitle")}
          </Heading>
          <FormAlert status="warning" message="apiTokens.createdNote" />
          <p>
            <strong>{t("apiTokens.tokenLabel", { name: created.name })}</strong>
          </p>
          <pre>
            <code id="api-token-value">{created.token}</code>
          </pre>
          <p>{t("apiTokens.usage")}</p>
        </section>
      ) : null}

      {confirming ? (
        <section aria-labelledby="api-token-confirm-title" className="danger-zone">
          <Heading variant="h2" id="api-token-confirm-title" mt="m" mb="s">
            {t("apiTokens.confirmTitle")}
          </Heading>
          <Paragraph mb="s">{t("apiTokens.confirmText", { name: confirming.name })}</Paragraph>
          <Form
            method="post"
            action={basePath}
            className="form-stack"
            aria-labelledby="api-token-confirm-title"
          >
            <input type="hidden" name="intent" value="revoke" />
            <input type="hidden" name="tokenId" value={confirming.id} />
            <div className="button-row">
              <Button type="submit" id="api-token-revoke-submit" disabled={busy}>
                {t("apiTokens.confirmSubmit")}
              </Button>
              <Link to={basePath} id="api-token-revoke-cancel">
                {t("apiTokens.cancel")}
              </Link>
            </div>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="api-token-list-title">
        <Heading variant="h2" id="api-token-list-title" mt="l" mb="s">
          {t("apiTokens.listTitle")}
        </Heading>
        {tokens.length === 0 ? (
          <Paragraph>{t("apiTokens.empty")}</Paragraph>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("apiTokens.listTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("apiTokens.name")}</th>
                  <th scope="col">{t("apiTokens.created")}</th>
                  <th scope="col">{t("apiTokens.createdBy")}</th>
                  <th scope="col">{t("apiTokens.lastUsed")}</th>
                  <th scope="col">{t("apiTokens.state")}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <td className="wrap">{token.name}</td>
                    <td>{date(token.createdAt)}</td>
                    <td>{token.createdByName ?? t("organisations.auditRemovedUser")}</td>
                    <td>{token.lastUsedAt ? date(token.lastUsedAt) : t("apiTokens.never")}</td>
                    <td>
                      {token.revokedAt ? (
                        t("apiTokens.revokedAt", { date: date(token.revokedAt) })
                      ) : (
                        <>
                          {t("apiTokens.active")}
                          <br />
                          <Link to={`${basePath}?revoke=${token.id}#api-token-confirm-title`}>
                            {t("apiTokens.revokeLink", { name: token.name })}
                          </Link>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="api-token-create-title">
        <Heading variant="h2" id="api-token-create-title" mt="l" mb="s">
          {t("apiTokens.createTitle")}
        </Heading>
        <Form
          key={created?.token ?? "create"}
          method="post"
          action={basePath}
          className="form-stack"
          noValidate
          aria-labelledby="api-token-create-title"
        >
          <input type="hidden" name="intent" value="create" />
          <FormTextField
            id="api-token-name"
            name="name"
            label={t("apiTokens.name")}
            hintText={t("apiTokens.nameHint")}
            defaultValue={created ? "" : values.name}
            error={errors.name}
          />
          <div>
            <Button type="submit" id="api-token-create" disabled={busy}>
              {t("apiTokens.createSubmit")}
            </Button>
          </div>
        </Form>
      </section>
    </>
  );
}
