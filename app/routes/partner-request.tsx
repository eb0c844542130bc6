import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { ErrorSummary, TextField } from "../components/native-form-fields.tsx";
import { PartnerRequestHeading } from "../components/plan-interest.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRateLimited, orRespond } from "../lib/route-errors.ts";
import { loadViewer, requireViewer } from "../modules/accounts/index.server.ts";
import {
  closePartnerRequest,
  contactPartnerRequest,
  getPartnerRequestPage,
} from "../modules/partners/index.server.ts";
import { maxMessageLength, maxNewThreadsPerDay, partnerMessageSchema } from "../modules/partners/index.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import type { Route } from "./+types/partner-request";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "partners.requestTitle") },
];

/** One partner request: public while its plan is; the contact form for other companies, threads for the poster. */
/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["contact", "close"], { fallback: "contact" }) };

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const page = await orRespond(() =>
    getPartnerRequestPage({
      db: context.services.database.db,
      viewer,
      partnerRequestId: params.requestId,
      locale: isLocale(params.lang) ? params.lang : "fi",
    }),
  );
  return { ...page, isSignedIn: viewer !== null };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  const services = context.services;
  const base = `/${params.lang}/partners`;
  if (readIntent(form, handle.intents).name === "close") {
    await orRespond(() =>
      closePartnerRequest({
        services,
        viewer,
        partnerRequestId: params.requestId,
        requestId: context.requestId,
      }),
    );
    throw redirect(`${base}/${params.requestId}?closed=1`);
  }
  const body = String(form.get("body") ?? "");
  const parsed = partnerMessageSchema.safeParse({ body });
  if (!parsed.success)
    return data({ errors: planFieldErrors(parsed.error), values: { body } }, { status: 400 });
  const contacted = await orRateLimited(() =>
    contactPartnerRequest({
      services,
      viewer,
      partnerRequestId: params.requestId,
      body: parsed.data.body,
      requestId: context.requestId,
    }),
  );
  // A message in an existing thread counts against the person's hourly limit, a new thread against the
  // company's daily one.
  if (!contacted.ok)
    return data({ errors: { body: "validation.messageRateLimited" }, values: { body } }, { status: 429 });
  const result = contacted.value;
  if (!result.ok && result.error === "duplicate")
    return data({ errors: { body: "validation.duplicateMessage" }, values: { body } }, { status: 409 });
  if (!result.ok)
    return data({ errors: { body: "partners.errors.rateLimited" }, values: { body } }, { status: 429 });
  throw redirect(`${base}/threads/${result.threadId}?sent=1`);
}

export default function PartnerRequest({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { request, plan } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const notice =
    search.get("created") === "1"
      ? "partners.created"
      : search.get("closed") === "1"
        ? "partners.closed"
        : undefined;
  return (
    <article className="prose">
      <p>
        {plan.title ? <Link to={`/${locale}/plans/${plan.id}`}>{plan.title}</Link> : t("plans.notPublic")}
      </p>
      <Heading variant="h1" mb="s">
        {t("partners.requestTitle")}
      </Heading>
      {notice ? <FormAlert status="neutral" message={notice} /> : null}
      <p>
        <PartnerRequestHeading request={request} />
      </p>
      <p className="muted">
        {t("partners.postedOn", { date: formatDate(locale, new Date(request.createdAt)) })}
        {request.status === "closed" ? ` · ${t("partners.statusClosed")}` : null}
      </p>
      <p className="wrap">{request.description}</p>
      {loaderData.ownThreadId ? (
        <Paragraph mb="m">
          <Link to={`/${locale}/partners/threads/${loaderData.ownThreadId}`}>
            {t("partners.openOwnThread")}
          </Link>
        </Paragraph>
      ) : null}
      {loaderData.canContact ? (
        <Form method="post" className="form-stack" noValidate aria-labelledby="partner-contact-title">
          <Heading variant="h2" id="partner-contact-title" mt="l" mb="s">
            {t("partners.contactTitle", { company: request.company.name })}
          </Heading>
          <Paragraph>{t("partners.contactIntro", { count: maxNewThreadsPerDay })}</Paragraph>
          <ErrorSummary id="partner-contact-errors" errors={errors} idOf={() => "partner-contact-body"} />
          <input type="hidden" name="intent" value="contact" />
          <TextField
            multiline
            id="partner-contact-body"
            name="body"
            label={t("partners.message")}
            error={errors.body}
            defaultValue={actionData?.values.body}
            maxLength={maxMessageLength}
          />
          <div>
            <Button type="submit" id="partner-contact-submit" disabled={busy}>
              {t("partners.send")}
            </Button>
          </div>
        </Form>
      ) : !loaderData.isSignedIn && request.status === "open" ? (
        <Paragraph mt="m">
          <Link to={`/${locale}/login?next=${encodeURIComponent(`/${locale}/partners/${request.id}`)}`}>
            {t("partners.logInToContact")}
          </Link>
        </Paragraph>
      ) : null}
      {loaderData.canManage ? (
        <section aria-labelledby="partner-threads-title">
          <Heading variant="h2" id="partner-threads-title" mt="l" mb="s">
            {t("partners.threadsTitle")}
          </Heading>
          {loaderData.threads.length === 0 ? (
            <Paragraph>{t("partners.noThreads")}</Paragraph>
          ) : (
            <ul className="plain-list">
              {loaderData.threads.map((thread) => (
                <li key={thread.id}>
                  <Link to={`/${locale}/partners/threads/${thread.id}`}>{thread.companyName}</Link> –{" "}
                  {t("partners.messageCount", { count: thread.messages })}
                </li>
              ))}
            </ul>
          )}
          {request.status === "open" ? (
            <Form method="post" className="form-stack">
              <input type="hidden" name="intent" value="close" />
              <Paragraph mt="m">{t("partners.closeIntro")}</Paragraph>
              <div>
                <Button type="submit" id="partner-close" variant="secondary">
                  {t("partners.close")}
                </Button>
              </div>
            </Form>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
