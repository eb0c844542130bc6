import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { loadViewer, requireViewer } from "../modules/accounts/index.server.ts";
import { getInvitation, respondToInvitation } from "../modules/organisations/index.server.ts";
import type { Route } from "./+types/invitation";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "invitations.title") },
];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["accept", "decline"]) };

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const invitation = await orRespond(() =>
    getInvitation({ services: context.services, invitationId: params.id }),
  );
  const isInvitee = viewer?.email === invitation.email;
  // Only the invited person sees the details; others learn only that they must log in with that address.
  return {
    signedIn: viewer !== null,
    isInvitee,
    invitation:
      isInvitee || !viewer
        ? { organisationName: invitation.organisationName, role: invitation.role, state: invitation.state }
        : null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const formData = await readFormData(request);
  const accept = readIntent(formData, handle.intents).name === "accept";
  const result = await orRespond(() =>
    respondToInvitation({
      services: context.services,
      viewer,
      invitationId: params.id,
      accept,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ error: result.error }, { status: 409 });
  throw redirect(
    accept ? `/${params.lang}/organisations/${result.organisationId}` : `/${params.lang}/account`,
  );
}

export default function Invitation({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { invitation } = loaderData;
  const next = encodeURIComponent(`/${params.lang}/invitations/${params.id}`);
  return (
    <section className="prose" aria-labelledby="invitation-title">
      <Heading variant="h1" id="invitation-title" mb="m">
        {t("invitations.title")}
      </Heading>
      <FormAlert message={actionData?.error} />
      {invitation ? (
        <Paragraph mb="m">
          {t("invitations.text", {
            organisation: invitation.organisationName,
            role: t(`roles.${invitation.role}`),
          })}
        </Paragraph>
      ) : null}
      {!loaderData.signedIn ? (
        <Paragraph>
          {t("invitations.logInFirst")}{" "}
          <Link to={`/${params.lang}/login?next=${next}`}>{t("logIn.title")}</Link> ·{" "}
          <Link to={`/${params.lang}/signup`}>{t("signUp.title")}</Link>
        </Paragraph>
      ) : !loaderData.isInvitee ? (
        <FormAlert message="invitations.wrongAccount" />
      ) : invitation?.state !== "pending" ? (
        <FormAlert message="invitations.notPending" />
      ) : (
        <Form method="post" className="button-row">
          <Button type="submit" id="invitation-accept" name="intent" value="accept">
            {t("invitations.accept")}
          </Button>
          <Button type="submit" id="invitation-decline" name="intent" value="decline" variant="secondary">
            {t("invitations.decline")}
          </Button>
        </Form>
      )}
    </section>
  );
}
