import { useTranslation } from "react-i18next";
import { data, Link, redirect, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { PresentationContent } from "../components/presentation-content.tsx";
import { PresentationThread } from "../components/presentation-thread.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseFormData, readFormData } from "../lib/form-data.server.ts";
import { orRateLimited, orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { getSentPresentation, replyToPresentation } from "../modules/presentations/index.server.ts";
import { replySchema } from "../modules/presentations/index.ts";
import type { Route } from "./+types/presentation";

export const meta: Route.MetaFunction = ({ params, loaderData }) => [
  { title: `${loaderData?.presentation.title ?? ""} – ${pageTitle(params.lang, "presentations.sentTitle")}` },
];

/** A sent presentation as its company sees it: content, each recipient's state and thread. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const found = await orRespond(() =>
    getSentPresentation({ services: context.services, viewer, presentationId: params.id, locale }),
  );
  return {
    ...found,
    presentation: { ...found.presentation, createdAt: found.presentation.createdAt.toISOString() },
  };
}

/** The company's reply in one recipient's thread. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  const recipientId = String(form.get("recipientId") ?? "");
  const parsed = parseFormData(form, replySchema);
  if (!parsed.ok) return data({ recipientId, errors: parsed.errors, values: parsed.values }, { status: 400 });
  const sent = await orRateLimited(() =>
    replyToPresentation({
      services: context.services,
      viewer,
      recipientId,
      side: "company",
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!sent.ok)
    return data(
      { recipientId, errors: { body: "validation.messageRateLimited" }, values: { body: parsed.data.body } },
      { status: 429 },
    );
  if (!sent.value.ok)
    return data(
      { recipientId, errors: { body: "validation.duplicateMessage" }, values: { body: parsed.data.body } },
      { status: 409 },
    );
  throw redirect(`/${params.lang}/presentations/${params.id}?replied=${recipientId}#thread-${recipientId}`);
}

export default function Presentation({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { presentation, recipients } = loaderData;
  return (
    <>
      <p>
        <Link to={`/${locale}/presentations`}>{t("presentations.detail.back")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        <span lang={presentation.language !== locale ? presentation.language : undefined}>
          {presentation.title}
        </span>
      </Heading>
      {search.get("sent") === "1" ? (
        <div role="status" className="notice">
          <Paragraph>{t("presentations.sent")}</Paragraph>
        </div>
      ) : null}
      <p className="muted">
        {t("presentations.detail.sentAt", { date: formatDate(locale, new Date(presentation.createdAt)) })}
      </p>
      <PresentationContent view={loaderData} locale={locale} />
      <Heading variant="h2" mt="l" mb="s">
        {t("presentations.detail.recipients")}
      </Heading>
      <ul className="plain-list">
        {recipients.map((recipient) => (
          <li key={recipient.id}>
            <a href={`#thread-${recipient.id}`}>
              {t("presentations.recipientState", {
                organisation: recipient.organisationName,
                state: t(`presentations.states.${recipient.state}`),
              })}
            </a>
            {recipient.linkedPlan ? (
              <>
                {" – "}
                {t("presentations.detail.linkedPlan")}
                <Link to={`/${locale}/plans/${recipient.linkedPlan.id}`}>
                  <TranslatedText value={recipient.linkedPlan.title} locale={locale} />
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {recipients.map((recipient) => (
        <PresentationThread
          key={recipient.id}
          recipientId={recipient.id}
          organisationName={recipient.organisationName}
          companyName={presentation.companyName}
          messages={recipient.messages}
          locale={locale}
          canReply
          addressed
          error={actionData?.recipientId === recipient.id ? actionData.errors.body : undefined}
          value={actionData?.recipientId === recipient.id ? actionData.values.body : undefined}
          replied={search.get("replied") === recipient.id && !actionData}
        />
      ))}
    </>
  );
}
