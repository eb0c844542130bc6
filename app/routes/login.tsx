import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { FormTextField } from "../components/form-field.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseFormData, readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { withRateLimit } from "../lib/rate-limited.ts";
import {
  landingPath,
  landingPathOf,
  loadViewer,
  logIn,
  requestMagicLink,
  safeNextPath,
} from "../modules/accounts/index.server.ts";
import { logInSchema, magicLinkSchema } from "../modules/accounts/index.ts";
import type { Route } from "./+types/login";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "logIn.title") }];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["password", "magic-link"], { fallback: "password" }) };

export async function loader({ context, request, params }: Route.LoaderArgs) {
  // Already logged in: to `next` when given, else to the page of the person's role.
  const viewer = await loadViewer(context, request);
  if (viewer)
    throw redirect(
      safeNextPath(
        new URL(request.url).searchParams.get("next"),
        landingPath(viewer.memberships, isLocale(params.lang) ? params.lang : "fi"),
        context.isPagePath,
      ),
    );
  return null;
}

/** A refused attempt (429) tells the browser when to try again. */
export const headers: Route.HeadersFunction = ({ actionHeaders, loaderHeaders }) =>
  actionHeaders.has("Retry-After") ? actionHeaders : loaderHeaders;

export async function action({ request, context, params }: Route.ActionArgs) {
  const formData = await readFormData(request);
  const lang = isLocale(params.lang) ? params.lang : "fi";
  if (readIntent(formData, handle.intents).name === "magic-link") {
    const form = parseFormData(formData, magicLinkSchema);
    if (!form.ok)
      return data(
        { intent: "magic-link", errors: form.errors, values: form.values, linkSent: false },
        { status: 400 },
      );
    const sent = await withRateLimit(() =>
      requestMagicLink({
        services: context.services,
        email: form.data.email,
        locale: lang,
        clientIp: context.clientIp,
      }),
    );
    if (!sent.ok) return sent.response;
    return { intent: "magic-link", errors: {}, values: {}, linkSent: true };
  }
  const form = parseFormData(formData, logInSchema);
  if (!form.ok)
    return data(
      { intent: "password", errors: form.errors, values: form.values, linkSent: false },
      { status: 400 },
    );
  const result = await withRateLimit(() =>
    logIn({
      services: context.services,
      email: form.data.email,
      password: form.data.password,
      clientIp: context.clientIp,
      requestHeaders: request.headers,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return result.response;
  if (!result.value.ok) {
    return data(
      {
        intent: "password",
        errors: { form: result.value.error },
        values: { email: form.data.email },
        linkSent: false,
      },
      { status: result.value.error === "auth.emailNotVerified" ? 403 : 401 },
    );
  }
  // `next` when given (the page that asked for a log-in), else the page the person's role uses most.
  const next = safeNextPath(
    new URL(request.url).searchParams.get("next"),
    await landingPathOf({ services: context.services, userId: result.value.userId, lang }),
    context.isPagePath,
  );
  throw redirect(next, { headers: result.value.headers });
}

export default function LogIn({ actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const isLink = actionData !== undefined && "intent" in actionData && actionData.intent === "magic-link";
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  const values: Record<string, string | undefined> = actionData?.values ?? {};
  const next = search.get("next");
  const action = `/${params.lang}/login${next ? `?next=${encodeURIComponent(next)}` : ""}`;
  return (
    <section className="prose" aria-labelledby="login-title">
      <Heading variant="h1" id="login-title" mb="m">
        {t("logIn.title")}
      </Heading>
      {search.get("link") === "expired" ? <FormAlert message="auth.linkExpired" /> : null}
      {search.get("reset") === "1" ? <FormAlert status="neutral" message="resetPassword.done" /> : null}
      <Form method="post" action={action} className="form-stack" noValidate>
        {!isLink ? <FormAlert message={errors.form} /> : null}
        <input type="hidden" name="intent" value="password" />
        <FormTextField
          id="login-email"
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="username"
          defaultValue={isLink ? undefined : values.email}
          error={isLink ? undefined : errors.email}
        />
        <FormTextField
          id="login-password"
          name="password"
          type="password"
          label={t("fields.password")}
          autoComplete="current-password"
          error={isLink ? undefined : errors.password}
        />
        <div>
          <Button type="submit" id="login-submit" disabled={busy}>
            {t("logIn.submit")}
          </Button>
        </div>
        <Paragraph>
          <Link to={`/${params.lang}/forgot-password`}>{t("logIn.forgot")}</Link>
        </Paragraph>
      </Form>
      <Heading variant="h2" mt="xl" mb="s" id="magic-title">
        {t("logIn.magicTitle")}
      </Heading>
      <Form method="post" action={action} className="form-stack" noValidate aria-labelledby="magic-title">
        {isLink ? <FormAlert message={errors.form} /> : null}
        {isLink && "linkSent" in actionData && actionData.linkSent ? (
          <FormAlert status="neutral" message="logIn.magicSent" />
        ) : null}
        <Paragraph>{t("logIn.magicText")}</Paragraph>
        <input type="hidden" name="intent" value="magic-link" />
        <FormTextField
          id="magic-email"
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          defaultValue={isLink ? values.email : undefined}
          error={isLink ? errors.email : undefined}
        />
        <div>
          <Button type="submit" id="magic-submit" variant="secondary" disabled={busy}>
            {t("logIn.magicSubmit")}
          </Button>
        </div>
      </Form>
      <Paragraph mt="xl">
        {t("logIn.noAccount")} <Link to={`/${params.lang}/signup`}>{t("signUp.title")}</Link>
      </Paragraph>
    </section>
  );
}
