import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRateLimited, orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { getPartnerThread, postPartnerMessage } from "../modules/partners/index.server.ts";
import { maxMessageLength, partnerMessageSchema } from "../modules/partners/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/partner-thread";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "partners.threadTitle") },
];

/** The conversation between a poster and one contacting company; nobody else finds it. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  return orRespond(() =>
    getPartnerThread({
      db: context.services.database.db,
      viewer,
      threadId: params.threadId,
      locale: isLocale(params.lang) ? params.lang : "fi",
    }),
  );
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const body = String((await readFormData(request)).get("body") ?? "");
  const parsed = partnerMessageSchema.safeParse({ body });
  if (!parsed.success)
    return data({ errors: planFieldErrors(parsed.error), values: { body } }, { status: 400 });
  const sent = await orRateLimited(() =>
    postPartnerMessage({
      services: context.services,
      viewer,
      threadId: params.threadId,
      body: parsed.data.body,
      requestId: context.requestId,
    }),
  );
  if (!sent.ok)
    return data({ errors: { body: "validation.messageRateLimited" }, values: { body } }, { status: 429 });
  if (!sent.value.ok)
    return data({ errors: { body: "validation.duplicateMessage" }, values: { body } }, { status: 409 });
  throw redirect(`/${params.lang}/partners/threads/${params.threadId}?sent=1`);
}

export default function PartnerThread({ loaderData: thread, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const errors: Record<string, string> = actionData?.errors ?? {};
  const other = thread.side === "poster" ? thread.contacting : thread.poster;
  return (
    <article className="prose">
      <p>
        <Link to={`/${locale}/partners`}>{t("partners.overviewTitle")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("partners.threadWith", { company: other.name })}
      </Heading>
      {search.get("sent") === "1" && !actionData ? (
        <FormAlert status="neutral" message="partners.sent" />
      ) : null}
      <p>
        <Link to={`/${locale}/partners/${thread.request.id}`}>
          {t(`partners.kinds.${thread.request.direction}.${thread.request.kind}`)}
        </Link>
        {" · "}
        {thread.plan.title ? (
          <Link to={`/${locale}/plans/${thread.plan.id}`}>{thread.plan.title}</Link>
        ) : (
          t("plans.notPublic")
        )}
      </p>
      {thread.posterHasAnswered ? null : (
        <Paragraph mb="m">
          {thread.side === "poster"
            ? t("partners.hiddenForPoster", { company: other.name })
            : t("partners.hiddenForContacting", { company: other.name })}
        </Paragraph>
      )}
      <ol className="thread">
        {thread.messages.map((message) => (
          <li key={message.id} className={message.side === thread.side ? "own" : undefined}>
            <p className="thread-meta">
              <strong>{message.companyName}</strong>
              {message.sender ? (
                <>
                  {" · "}
                  {message.sender.name} (<a href={`mailto:${message.sender.email}`}>{message.sender.email}</a>
                  )
                </>
              ) : null}
              {" · "}
              <span className="muted">{formatDate(locale, new Date(message.createdAt), true)}</span>
            </p>
            <p className="wrap">{message.body}</p>
          </li>
        ))}
      </ol>
      <Form
        method="post"
        className="form-stack"
        noValidate
        aria-labelledby="partner-reply-title"
        // A sent message mounts a fresh, empty box; a refused one keeps its text (see PresentationThread).
        key={thread.messages.at(-1)?.id ?? "none"}
      >
        <Heading variant="h2" id="partner-reply-title" mt="l" mb="s">
          {t("partners.replyTitle")}
        </Heading>
        {thread.side === "poster" && !thread.posterHasAnswered ? (
          <Paragraph>{t("partners.replyRevealsYou", { company: other.name })}</Paragraph>
        ) : null}
        <ErrorSummary id="partner-reply-errors" errors={errors} idOf={() => "partner-reply-body"} />
        <TextField
          multiline
          id="partner-reply-body"
          name="body"
          label={t("partners.message")}
          error={errors.body}
          defaultValue={actionData?.values.body}
          maxLength={maxMessageLength}
        />
        <div>
          <Button type="submit" id="partner-reply-submit" disabled={busy}>
            {t("partners.send")}
          </Button>
        </div>
      </Form>
    </article>
  );
}
