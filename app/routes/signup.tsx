import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Button, Checkbox, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { FormTextField } from "../components/form-field.tsx";
import { pageTitle } from "../i18n/page-title.ts";
import { parseForm } from "../lib/form-data.server.ts";
import { withRateLimit } from "../lib/rate-limited.ts";
import { loadViewer, signUp } from "../modules/accounts/index.server.ts";
import { signUpSchema } from "../modules/accounts/index.ts";
import type { Route } from "./+types/signup";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "signUp.title") }];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  // Someone already signed in has nothing to sign up for: their first steps instead.
  if (await loadViewer(context, request)) throw redirect(`/${params.lang}/first-steps`);
  return null;
}

/** A refused attempt (429) tells the browser when to try again. */
export const headers: Route.HeadersFunction = ({ actionHeaders, loaderHeaders }) =>
  actionHeaders.has("Retry-After") ? actionHeaders : loaderHeaders;

export async function action({ request, context, params }: Route.ActionArgs) {
  const form = await parseForm(request, signUpSchema);
  if (!form.ok) return data({ sent: false, errors: form.errors, values: form.values }, { status: 400 });
  const result = await withRateLimit(() =>
    signUp({
      services: context.services,
      input: form.data,
      clientIp: context.clientIp,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return result.response;
  if (!result.value.ok) {
    const { password: _omit, ...values } = form.data;
    return data(
      {
        sent: false,
        errors: { [result.value.field]: result.value.error },
        values: { ...values, acceptPrivacy: "on" },
      },
      { status: 400 },
    );
  }
  return { sent: true, email: form.data.email, lang: params.lang, errors: {}, values: {} };
}

export default function SignUp({ actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  const values: Record<string, string | undefined> = actionData?.values ?? {};
  if (actionData && "sent" in actionData && actionData.sent) {
    return (
      <section className="prose" aria-labelledby="signup-sent">
        <Heading variant="h1" id="signup-sent">
          {t("signUp.sentTitle")}
        </Heading>
        <Paragraph mb="m">
          {t("signUp.sentText", { email: "email" in actionData ? actionData.email : "" })}
        </Paragraph>
        <Paragraph>{t("signUp.sentHint")}</Paragraph>
      </section>
    );
  }
  return (
    <section className="prose" aria-labelledby="signup-title">
      <Heading variant="h1" id="signup-title" mb="m">
        {t("signUp.title")}
      </Heading>
      <Paragraph mb="l">{t("signUp.intro")}</Paragraph>
      <Form method="post" className="form-stack" noValidate>
        <FormAlert message={errors.form} />
        <input type="hidden" name="locale" value={params.lang} />
        <FormTextField
          id="signup-name"
          name="name"
          label={t("signUp.name")}
          autoComplete="name"
          defaultValue={values.name}
          error={errors.name}
        />
        <FormTextField
          id="signup-email"
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          defaultValue={values.email}
          error={errors.email}
        />
        <FormTextField
          id="signup-password"
          name="password"
          type="password"
          label={t("fields.newPassword")}
          hintText={t("fields.newPasswordHint")}
          autoComplete="new-password"
          error={errors.password}
        />
        <Checkbox
          id="signup-accept-privacy"
          name="acceptPrivacy"
          value="on"
          defaultChecked={values.acceptPrivacy === "on"}
          status={errors.acceptPrivacy ? "error" : "default"}
          statusText={errors.acceptPrivacy ? t(errors.acceptPrivacy) : undefined}
        >
          {t("signUp.acceptPrivacy")}
        </Checkbox>
        <Paragraph>
          <Link to={`/${params.lang}/privacy`}>{t("shell.privacy")}</Link>
        </Paragraph>
        <div>
          <Button type="submit" id="signup-submit" disabled={busy}>
            {t("signUp.submit")}
          </Button>
        </div>
        <Paragraph>
          {t("signUp.haveAccount")} <Link to={`/${params.lang}/login`}>{t("logIn.title")}</Link>
        </Paragraph>
      </Form>
    </section>
  );
}
