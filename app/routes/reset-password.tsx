import { useTranslation } from "react-i18next";
import { data, Form, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { FormTextField } from "../components/form-field.tsx";
import { pageTitle } from "../i18n/page-title.ts";
import { parseForm } from "../lib/form-data.server.ts";
import { resetPassword } from "../modules/accounts/index.server.ts";
import { resetPasswordSchema } from "../modules/accounts/index.ts";
import type { Route } from "./+types/reset-password";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "resetPassword.title") },
];

export async function action({ request, context, params }: Route.ActionArgs) {
  const form = await parseForm(request, resetPasswordSchema);
  if (!form.ok) return data({ errors: form.errors }, { status: 400 });
  const result = await resetPassword({
    services: context.services,
    token: form.data.token,
    password: form.data.password,
    requestId: context.requestId,
  });
  if (!result.ok) {
    const field = result.error === "validation.passwordWeak" ? "password" : "form";
    return data({ errors: { [field]: result.error } }, { status: 400 });
  }
  throw redirect(`/${params.lang}/login?reset=1`);
}

export default function ResetPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const token = search.get("token");
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  return (
    <section className="prose" aria-labelledby="reset-title">
      <Heading variant="h1" id="reset-title" mb="m">
        {t("resetPassword.title")}
      </Heading>
      {!token || search.get("error") ? (
        <FormAlert message="auth.resetLinkInvalid" />
      ) : (
        <Form method="post" className="form-stack" noValidate>
          <FormAlert message={errors.form ?? errors.token} />
          <Paragraph>{t("resetPassword.intro")}</Paragraph>
          <input type="hidden" name="token" value={token} />
          <FormTextField
            id="reset-password"
            name="password"
            type="password"
            label={t("fields.newPassword")}
            hintText={t("fields.newPasswordHint")}
            autoComplete="new-password"
            error={errors.password}
          />
          <div>
            <Button type="submit" id="reset-submit" disabled={busy}>
              {t("resetPassword.submit")}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
