import { useTranslation } from "react-i18next";
import { data, Form, useNavigation } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { FormTextField } from "../components/form-field.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseForm } from "../lib/form-data.server.ts";
import { withRateLimit } from "../lib/rate-limited.ts";
import { requestPasswordReset } from "../modules/accounts/index.server.ts";
import { requestPasswordResetSchema } from "../modules/accounts/index.ts";
import type { Route } from "./+types/forgot-password";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "forgotPassword.title") },
];

/** A refused attempt (429) tells the browser when to try again. */
export const headers: Route.HeadersFunction = ({ actionHeaders, loaderHeaders }) =>
  actionHeaders.has("Retry-After") ? actionHeaders : loaderHeaders;

export async function action({ request, context, params }: Route.ActionArgs) {
  const form = await parseForm(request, requestPasswordResetSchema);
  if (!form.ok) return data({ sent: false, errors: form.errors, values: form.values }, { status: 400 });
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const result = await withRateLimit(() =>
    requestPasswordReset({
      services: context.services,
      email: form.data.email,
      locale,
      clientIp: context.clientIp,
    }),
  );
  if (!result.ok) return result.response;
  return { sent: true, errors: {}, values: {} };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  const values: Record<string, string | undefined> = actionData?.values ?? {};
  return (
    <section className="prose" aria-labelledby="forgot-title">
      <Heading variant="h1" id="forgot-title" mb="m">
        {t("forgotPassword.title")}
      </Heading>
      <Paragraph mb="l">{t("forgotPassword.intro")}</Paragraph>
      <Form method="post" className="form-stack" noValidate>
        <FormAlert message={errors.form} />
        {actionData && "sent" in actionData && actionData.sent ? (
          <FormAlert status="neutral" message="forgotPassword.sent" />
        ) : null}
        <FormTextField
          id="forgot-email"
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          defaultValue={values.email}
          error={errors.email}
        />
        <div>
          <Button type="submit" id="forgot-submit" disabled={busy}>
            {t("forgotPassword.submit")}
          </Button>
        </div>
      </Form>
    </section>
  );
}
