import { useTranslation } from "react-i18next";
import { Form, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { pageTitle } from "../i18n/page-title.ts";
import { readUnsubscribeToken, unsubscribe } from "../modules/mail/index.server.ts";
import { watchNameOfTopic } from "../modules/watches/index.server.ts";
import { digestTopic } from "../modules/watches/index.ts";
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
  const topic =
    state.watchName !== null
      ? t("unsubscribe.topics.watch", { name: state.watchName })
      : state.topic === digestTopic
        ? t("unsubscribe.topics.digest")
        : state.topic
          ? t(`unsubscribe.topics.${state.topic}`, { defaultValue: state.topic })
          : "";
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
          <Paragraph>{t("unsubscribe.confirm", { address: state.address, topic })}</Paragraph>
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
