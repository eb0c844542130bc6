import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { FormTextField } from "../components/form-field.tsx";
import { NativeSelect } from "../components/native-select.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseFormData, readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  assertCanManageApiTokens,
  createApiToken,
  listApiTokens,
  renewApiToken,
  reownApiToken,
  revokeApiToken,
} from "../modules/open-data/index.server.ts";
import {
  apiTokenValidities,
  createApiTokenFormSchema,
  defaultApiTokenValidity,
  renewApiTokenFormSchema,
  reownApiTokenFormSchema,
  revokeApiTokenFormSchema,
} from "../modules/open-data/index.ts";
import { getOrganisation } from "../modules/organisations/index.server.ts";
import type { Route } from "./+types/organisation-api-tokens";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "apiTokens.title") },
];

// The new token is in the answer to the create form: no cache may keep it.
export const headers: Route.HeadersFunction = () => ({ "Cache-Control": "no-store" });

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = {
  intents: formIntents(["create", "revoke", "renew", "reown"], { fallback: "create" }),
};

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const organisation = await orRespond(() =>
    getOrganisation({
      services: context.services,
      organisationId: params.id,
      locale: isLocale(params.lang) ? params.lang : "fi",
    }),
  );
  const tokens = await orRespond(() =>
    listApiTokens({ services: context.services, viewer, organisationId: params.id }),
  );
  // Revoking, renewing and taking over ask first: page states (?revoke=, ?renew=, ?reown=<id>), so they
  // work without JavaScript.
  const search = new URL(request.url).searchParams;
  const step = (["revoke", "renew", "reown"] as const).find((name) => search.has(name)) ?? null;
  const stepToken = step ? tokens.find((token) => token.id === search.get(step) && !token.revokedAt) : null;
  return {
    organisation: { id: organisation.id, name: organisation.name },
    tokens: tokens.map((token) => ({
      id: token.id,
      name: token.name,
      createdAt: token.createdAt.toISOString(),
      createdByName: token.createdByName,
      ownerName: token.isReowned ? (token.ownerName ?? null) : null,
      isReowned: token.isReowned,
      isOwnedByViewer: token.ownedBy === viewer.userId,
      expiresAt: token.expiresAt.toISOString(),
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
      revokedAt: token.revokedAt?.toISOString() ?? null,
      state: token.state,
    })),
    confirming: step && stepToken ? { step, id: stepToken.id, name: stepToken.name } : null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const services = context.services;
  // Refused before the form is read, so nobody learns more than "refused".
  await orRespond(() => assertCanManageApiTokens(services.database.db, viewer, params.id));
  const formData = await readFormData(request);
  const intent = readIntent(formData, handle.intents).name;
  if (intent === "revoke" || intent === "renew" || intent === "reown") {
    const form = parseFormData(formData, tokenStepSchemas[intent]);
    if (!form.ok) throw data({ code: "bad_request" }, { status: 400 });
    const command = { services, viewer, organisationId: params.id, requestId: context.requestId };
    const tokenId = form.data.tokenId;
    await orRespond(async () => {
      if (intent === "revoke") await revokeApiToken({ ...command, tokenId });
      else if (intent === "reown") await reownApiToken({ ...command, tokenId });
      else
        await renewApiToken({
          ...command,
          tokenId,
          validDays: "validDays" in form.data ? form.data.validDays : undefined,
        });
    });
    throw redirect(`/${params.lang}/organisations/${params.id}/api-tokens?${tokenStepDone[intent]}=1`);
  }
  const form = parseFormData(formData, createApiTokenFormSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values, created: null }, { status: 400 });
  const { token, expiresAt } = await orRespond(() =>
    createApiToken({
      services,
      viewer,
      organisationId: params.id,
      name: form.data.name,
      validDays: form.data.validDays,
      requestId: context.requestId,
    }),
  );
  return {
    errors: {},
    values: {},
    created: { name: form.data.name, token, expiresAt: expiresAt.toISOString() },
  };
}

const tokenStepDone = { revoke: "revoked", renew: "renewed", reown: "reowned" } as const;

const tokenStepSchemas = {
  revoke: revokeApiTokenFormSchema,
  renew: renewApiTokenFormSchema,
  reown: reownApiTokenFormSchema,
};

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
  const validityOptions = apiTokenValidities.map((days) => ({
    value: days,
    label: t(`apiTokens.validityOptions.${days}`),
  }));
  const done = (["revoked", "renewed", "reowned"] as const).find((name) => search.get(name) === "1");
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("apiTokens.title")}
      </Heading>
      <Paragraph mb="s">
        <Link to={`/${params.lang}/organisations/${organisation.id}`}>{organisation.name}</Link>
      </Paragraph>
      <Paragraph mb="s">{t("apiTokens.intro")}</Paragraph>
      <Paragraph mb="s">{t("apiTokens.lifetime")}</Paragraph>
      <Paragraph mb="m">
        <Link to={`/${params.lang}/api#api-write`}>{t("apiTokens.docsLink")}</Link>
      </Paragraph>
      {done ? <FormAlert status="neutral" message={`apiTokens.${done}`} /> : null}

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
          <p id="api-token-expires">{t("apiTokens.createdExpires", { date: date(created.expiresAt) })}</p>
          <p>{t("apiTokens.usage")}</p>
        </section>
      ) : null}

      {confirming ? (
        <section aria-labelledby="api-token-confirm-title" className="danger-zone">
          <Heading variant="h2" id="api-token-confirm-title" mt="m" mb="s">
            {t(`apiTokens.${confirmKeys[confirming.step]}Title`)}
          </Heading>
          <Paragraph mb="s">
            {t(`apiTokens.${confirmKeys[confirming.step]}Text`, { name: confirming.name })}
          </Paragraph>
          <Form
            method="post"
            action={basePath}
            className="form-stack"
            aria-labelledby="api-token-confirm-title"
          >
            <input type="hidden" name="intent" value={confirming.step} />
            <input type="hidden" name="tokenId" value={confirming.id} />
            {confirming.step === "renew" ? (
              <NativeSelect
                id="api-token-renew-validity"
                name="validDays"
                label={t("apiTokens.validity")}
                options={validityOptions}
                defaultValue={defaultApiTokenValidity}
              />
            ) : null}
            <div className="button-row">
              <Button type="submit" id={`api-token-${confirming.step}-submit`} disabled={busy}>
                {t(`apiTokens.${confirmKeys[confirming.step]}Submit`)}
              </Button>
              <Link to={basePath} id={`api-token-${confirming.step}-cancel`}>
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
                  <th scope="col">{t("apiTokens.expires")}</th>
                  <th scope="col">{t("apiTokens.lastUsed")}</th>
                  <th scope="col">{t("apiTokens.state")}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} id={`api-token-${token.id}`}>
                    <td className="wrap">{token.name}</td>
                    <td>{date(token.createdAt)}</td>
                    <td className="wrap">
                      {token.createdByName ?? t("organisations.auditRemovedUser")}
                      {token.isReowned ? (
                        <>
                          <br />
                          {t("apiTokens.actsAs", {
                            name: token.ownerName ?? t("organisations.auditRemovedUser"),
                          })}
                        </>
                      ) : null}
                    </td>
                    <td>{t("apiTokens.expiresOn", { date: date(token.expiresAt) })}</td>
                    <td>{token.lastUsedAt ? date(token.lastUsedAt) : t("apiTokens.never")}</td>
                    <td className="wrap">
                      {token.revokedAt ? (
                        t("apiTokens.revokedAt", { date: date(token.revokedAt) })
                      ) : (
                        <>
                          {t(`apiTokens.${token.state}`)}
                          <br />
                          <Link to={`${basePath}?renew=${token.id}#api-token-confirm-title`}>
                            {t("apiTokens.renewLink", { name: token.name })}
                          </Link>
                          {token.isOwnedByViewer ? null : (
                            <>
                              <br />
                              <Link to={`${basePath}?reown=${token.id}#api-token-confirm-title`}>
                                {t("apiTokens.reownLink", { name: token.name })}
                              </Link>
                            </>
                          )}
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
          <NativeSelect
            id="api-token-validity"
            name="validDays"
            label={t("apiTokens.validity")}
            hint={t("apiTokens.validityHint")}
            options={validityOptions}
            defaultValue={created ? defaultApiTokenValidity : (values.validDays ?? defaultApiTokenValidity)}
            error={errors.validDays}
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

/** The catalogue prefix of each confirmation step ("confirm" is revoking's, older than the others). */
const confirmKeys = { revoke: "confirm", renew: "renew", reown: "reown" } as const;
