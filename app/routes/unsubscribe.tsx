import { useTranslation } from "react-i18next";
import { Form, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { pageTitle } from "../i18n/page-title.ts";
import { readUnsubscribeToken, unsubscribe } from "../modules/mail/index.server.ts";
import { mailTopicKind } from "../modules/mail/index.ts";
import { watchNameOfTopic } from "../modules/watches/index.server.ts";
import type { Route } from "./+types/unsubscribe";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "unsubscribe.title") },
];

/** GET shows what the link would stop and asks to confirm (mail scanners open links; they must not unsubscribe). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const claims = readUnsubscribeToken(token, context.services.mailSettings.unsubscribeSecret);
  return {
    valid: claims !== null,
    topic: claims?.topic ?? null,
    address: claims?.address ?? null,
    // The signed link names the watch; its holder may see the watch's name.
    watchName: claims ? await watchNameOfTopic(context.services.database.db, claims.topic) : null,
    done: false,
  };
}

/** POST unsubscribes: the page's button, or a mail program's one-click request (RFC 8058). */
export async function action({ context, request }: Route.ActionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const claims = await unsubscribe({
    db: context.services.database.db,
    token,
    secret: context.services.mailSettings.unsubscribeSecret,
    requestId: context.requestId,
  });
  return {
    valid: claims !== null,
    topic: claims?.topic ?? null,
    address: claims?.address ?? null,
    watchName: claims ? await watchNameOfTopic(context.services.database.db, claims.topic) : null,
    done: claims !== null,
  };
}

export default function Unsubscribe({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const state = actionData ?? loaderData;
  // One whole sentence per topic (a watch whose name is gone is asked about as any other topic).
  const kind = state.topic ? mailTopicKind(state.topic) : "other";
  const question =
    kind === "watch" && state.watchName !== null
      ? t("unsubscribe.confirmTopics.watch", { name: state.watchName, address: state.address })
      : t(`unsubscribe.confirmTopics.${kind === "watch" ? "other" : kind}`, { address: state.address });
  return (
    <section className="prose" aria-labelledby="unsubscribe-title">
      <Heading variant="h1" id="unsubscribe-title" mb="m">
        {t("unsubscribe.title")}
      </Heading>
      {!state.valid ? (
        <FormAlert message="unsubscribe.invalid" />
      ) : state.done ? (
        <FormAlert status="neutral" message="unsubscribe.done" />
      ) : (
        <Form
          method="post"
          action={`?token=${encodeURIComponent(search.get("token") ?? "")}`}
          className="form-stack"
        >
          <Paragraph>{question}</Paragraph>
          <div>
            <Button type="submit" id="unsubscribe-submit">
              {t("unsubscribe.submit")}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
