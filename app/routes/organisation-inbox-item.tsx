import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { NativeSelect } from "../components/native-select.tsx";
import { PresentationContent } from "../components/presentation-content.tsx";
import { PresentationThread } from "../components/presentation-thread.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseFormData, readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { pickText } from "../lib/pick-translation.ts";
import { orRateLimited, orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  canReadInboxOf,
  changeRecipientState,
  getInboxItem,
  replyToPresentation,
} from "../modules/presentations/index.server.ts";
import { recipientStateSchema, recipientStates, replySchema } from "../modules/presentations/index.ts";
import type { Route } from "./+types/organisation-inbox-item";

export const meta: Route.MetaFunction = ({ params, loaderData }) => [
  {
    title: `${loaderData?.presentation.title ?? ""} – ${pageTitle(params.lang, "presentations.inbox.title")}`,
  },
];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["state", "reply"], { fallback: "state" }) };

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const item = await orRespond(() =>
    getInboxItem({
      services: context.services,
      viewer,
      organisationId: params.id,
      recipientId: params.recipientId,
      locale,
    }),
  );
  return {
    ...item,
    presentation: { ...item.presentation, createdAt: item.presentation.createdAt.toISOString() },
  };
}

/** The buyer's state change (`intent=state`) or reply (`intent=reply`). */
export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  if (!canReadInboxOf(viewer, params.id)) throw data({ code: "forbidden" }, { status: 403 });
  const form = await readFormData(request);
  const services = context.services;
  const base = `/${params.lang}/organisations/${params.id}/inbox/${params.recipientId}`;
  if (readIntent(form, handle.intents).name === "reply") {
    const parsed = parseFormData(form, replySchema);
    if (!parsed.ok)
      return data({ intent: "reply", errors: parsed.errors, values: parsed.values }, { status: 400 });
    const sent = await orRateLimited(() =>
      replyToPresentation({
        services,
        viewer,
        recipientId: params.recipientId,
        side: "buyer",
        input: parsed.data,
        requestId: context.requestId,
      }),
    );
    if (!sent.ok)
      return data(
        {
          intent: "reply",
          errors: { body: "validation.messageRateLimited" },
          values: { body: parsed.data.body },
        },
        { status: 429 },
      );
    if (!sent.value.ok)
      return data(
        {
          intent: "reply",
          errors: { body: "validation.duplicateMessage" },
          values: { body: parsed.data.body },
        },
        { status: 409 },
      );
    throw redirect(`${base}?replied=1#thread-${params.recipientId}`);
  }
  const parsed = parseFormData(form, recipientStateSchema);
  if (!parsed.ok)
    return data({ intent: "state", errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await orRespond(() =>
    changeRecipientState({
      services,
      viewer,
      organisationId: params.id,
      recipientId: params.recipientId,
      input: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok)
    return data(
      { intent: "state", errors: result.errors, values: {} as Record<string, string> },
      { status: 400 },
    );
  throw redirect(`${base}?saved=1`);
}

export default function OrganisationInboxItem({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { recipient, company, presentation, messages, planOptions, canHandle } = loaderData;
  const stateErrors: Record<string, string> = actionData?.intent === "state" ? actionData.errors : {};
  return (
    <>
      <p>
        <Link to={`/${locale}/organisations/${recipient.organisationId}/inbox`}>
          {t("presentations.inbox.back")}
        </Link>
      </p>
      <Heading variant="h1" mb="s">
        <span lang={presentation.language !== locale ? presentation.language : undefined}>
          {presentation.title}
        </span>
      </Heading>
      <dl className="facts">
        <dt>{t("presentations.detail.from")}</dt>
        <dd>
          {company.isListed ? (
            <Link to={`/${locale}/companies/${company.id}`}>{company.name}</Link>
          ) : (
            company.name
          )}
          {company.isListed ? ` (${t("presentations.detail.companyProfile")})` : null}
        </dd>
        <dt>{t("presentations.columns.state")}</dt>
        <dd>{t(`presentations.states.${recipient.state}`)}</dd>
      </dl>
      <p className="muted">
        {t("presentations.detail.sentAt", { date: formatDate(locale, new Date(presentation.createdAt)) })}
      </p>
      <PresentationContent view={loaderData} locale={locale} />
      <section aria-labelledby="state-title">
        <Heading variant="h2" id="state-title" mt="l" mb="s">
          {t("presentations.state.title")}
        </Heading>
        {search.get("saved") === "1" && !actionData ? (
          <p role="status" className="notice">
            {t("presentations.state.saved")}
          </p>
        ) : null}
        {canHandle ? (
          // Keyed on the loaded state: after a reply turns "new" into "reviewed" (or any other change),
          // React Router reloads the data but keeps the mounted select, whose defaultValue would still
          // show the old state, and saving the form unchanged would set it back.
          <Form
            method="post"
            className="form-stack"
            noValidate
            key={`${recipient.state}:${recipient.linkedPlanId ?? ""}`}
          >
            <input type="hidden" name="intent" value="state" />
            <NativeSelect
              id="presentation-state"
              name="state"
              label={t("presentations.state.label")}
              defaultValue={recipient.state}
              error={stateErrors.state}
              options={recipientStates.map((value) => ({ value, label: t(`presentations.states.${value}`) }))}
            />
            <NativeSelect
              id="presentation-planId"
              name="planId"
              label={t("presentations.state.plan")}
              hint={t("presentations.state.planHint")}
              defaultValue={recipient.linkedPlanId ?? ""}
              error={stateErrors.planId}
              options={[
                { value: "", label: t("presentations.state.noPlan") },
                ...planOptions.map((plan) => ({
                  value: plan.id,
                  label: pickText(plan.title, locale),
                })),
              ]}
            />
            <div>
              <Button type="submit" id="presentation-state-submit">
                {t("presentations.state.submit")}
              </Button>
            </div>
          </Form>
        ) : (
          <Paragraph>{t("presentations.state.readOnly")}</Paragraph>
        )}
      </section>
      <PresentationThread
        recipientId={recipient.id}
        organisationName={recipient.organisationName}
        companyName={company.name}
        messages={messages}
        locale={locale}
        canReply={canHandle}
        error={actionData?.intent === "reply" ? actionData.errors.body : undefined}
        value={actionData?.intent === "reply" ? actionData.values.body : undefined}
        replied={search.get("replied") === "1" && !actionData}
      />
    </>
  );
}
