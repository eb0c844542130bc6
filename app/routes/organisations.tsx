import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { FormTextField } from "../components/form-field.tsx";
import { NativeSelect } from "../components/native-select.tsx";
import { Pager } from "../components/pager.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseForm, readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond, pageFrom } from "../lib/route-errors.ts";
import { loadViewer, requireViewer } from "../modules/accounts/index.server.ts";
import {
  canCreateOrganisation,
  createOrganisation,
  listOrganisations,
  requestToJoin,
} from "../modules/organisations/index.server.ts";
import {
  createOrganisationSchema,
  joinRequestSchema,
  organisationKinds,
} from "../modules/organisations/index.ts";
import { listMunicipalities } from "../modules/reference-data/index.server.ts";
import type { Route } from "./+types/organisations";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "organisations.title") },
];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["create", "requestJoin"], { fallback: "create" }) };

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const list = await listOrganisations({
    services: context.services,
    page: pageFrom(request),
    locale: isLocale(params.lang) ? params.lang : "fi",
  });
  const creatableKinds = organisationKinds.filter((kind) => canCreateOrganisation(viewer, kind));
  const municipalities = creatableKinds.includes("municipality")
    ? (
        await listMunicipalities({
          db: context.services.database.db,
          locale: isLocale(params.lang) ? params.lang : "fi",
        })
      ).map((m) => ({ code: m.code, name: m.name }))
    : [];
  return { ...list, creatableKinds, municipalities };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const formData = await readFormData(request.clone());
  if (readIntent(formData, handle.intents).name === "requestJoin") {
    const target = joinRequestSchema.safeParse({ organisationId: formData.get("organisationId") });
    if (!target.success) throw data({ code: "bad_request" }, { status: 400 });
    const joined = await orRespond(() =>
      requestToJoin({
        services: context.services,
        viewer,
        organisationId: target.data.organisationId,
        requestId: context.requestId,
      }),
    );
    return data({ errors: {}, values: {}, registered: null, joinRequested: joined.organisationName });
  }
  const form = await parseForm(request, createOrganisationSchema);
  if (!form.ok)
    return data(
      { errors: form.errors, values: form.values, registered: null, joinRequested: null },
      { status: 400 },
    );
  const result = await orRespond(() =>
    createOrganisation({
      services: context.services,
      viewer,
      input: form.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) {
    const values = { name: form.data.name, kind: form.data.kind, yTunnus: form.data.yTunnus ?? "" };
    return data(
      {
        errors: { [result.field]: result.error },
        values,
        registered: result.registered ?? null,
        joinRequested: null,
      },
      { status: 400 },
    );
  }
  throw redirect(`/${params.lang}/organisations/${result.id}?created=1`);
}

export default function Organisations({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  const values: Record<string, string | undefined> = actionData?.values ?? {};
  const { creatableKinds } = loaderData;
  const registered = actionData?.registered ?? null;
  const joinRequested = actionData?.joinRequested ?? null;
  return (
    <>
      <Heading variant="h1" mb="m">
        {t("organisations.title")}
      </Heading>
      {loaderData.rows.length === 0 ? (
        <Paragraph>{t("organisations.empty")}</Paragraph>
      ) : (
        <ul className="plain-list">
          {loaderData.rows.map((row) => (
            <li key={row.id}>
              <Link to={`/${params.lang}/organisations/${row.id}`}>{row.name}</Link>{" "}
              <span className="muted">({t(`organisations.kinds.${row.kind}`)})</span>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={loaderData.page}
        total={loaderData.total}
        pageSize={loaderData.pageSize}
        basePath={`/${params.lang}/organisations`}
      />
      {creatableKinds.length > 0 ? (
        <section aria-labelledby="create-org-title" className="prose">
          <Heading variant="h2" id="create-org-title" mt="xl" mb="s">
            {creatableKinds.length === 1 ? t("organisations.registerCompany") : t("organisations.create")}
          </Heading>
          <Paragraph mb="m">{t("organisations.createIntro")}</Paragraph>
          {joinRequested ? (
            <div role="status" className="notice">
              <Paragraph>{t("organisations.joinRequested", { name: joinRequested })}</Paragraph>
            </div>
          ) : null}
          {registered ? (
            <Form method="post" className="notice form-stack" aria-labelledby="join-request-text">
              <Paragraph id="join-request-text">
                {t("organisations.joinRequestText", { name: registered.name })}
              </Paragraph>
              <input type="hidden" name="intent" value="requestJoin" />
              <input type="hidden" name="organisationId" value={registered.id} />
              <div>
                <Button type="submit" id="org-join-request-submit" variant="secondary" disabled={busy}>
                  {t("organisations.joinRequestSubmit")}
                </Button>
              </div>
            </Form>
          ) : null}
          <Form method="post" className="form-stack" noValidate>
            <FormAlert message={errors.form} />
            <FormTextField
              id="org-name"
              name="name"
              label={t("organisations.name")}
              defaultValue={values.name}
              error={errors.name}
            />
            {creatableKinds.length === 1 ? (
              <input type="hidden" name="kind" value={creatableKinds[0]} />
            ) : (
              <NativeSelect
                id="org-kind"
                name="kind"
                label={t("organisations.kind")}
                defaultValue={values.kind}
                error={errors.kind}
                options={creatableKinds.map((kind) => ({
                  value: kind,
                  label: t(`organisations.kinds.${kind}`),
                }))}
              />
            )}
            <FormTextField
              id="org-y-tunnus"
              name="yTunnus"
              label={t("organisations.yTunnus")}
              hintText={t("organisations.yTunnusHint")}
              defaultValue={values.yTunnus}
              error={errors.yTunnus}
            />
            {creatableKinds.includes("municipality") ? (
              <NativeSelect
                id="org-municipality-code"
                name="municipalityCode"
                label={t("organisations.municipality")}
                hint={t("organisations.municipalityHint")}
                defaultValue={values.municipalityCode ?? ""}
                error={errors.municipalityCode}
                options={[
                  { value: "", label: "–" },
                  ...loaderData.municipalities.map((m) => ({
                    value: m.code,
                    label: `${m.name} (${m.code})`,
                  })),
                ]}
              />
            ) : null}
            <div>
              <Button type="submit" id="org-create-submit" disabled={busy}>
                {t("organisations.createSubmit")}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
